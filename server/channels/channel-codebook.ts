import { CONVERSATION_LANGUAGES } from '../../src/core/conversation-languages.ts';

/**
 * Codebook rows (codebook.ts's columns) for the columns issue 8 adds to every export: the batch a paper return was
 * keyed from, who helped an assisted session, the language of the conversation, and the partner organisation.
 * Recorded by Chorus, not asked.
 */
export const CHANNEL_CODEBOOK_ROWS: string[][] = [
  [
    'paper_batch',
    'The batch of paper returns a keyed sheet came from (paper questionnaires only)',
    'recorded by staff',
    'no',
    '',
    'channel is paper',
    'the batch id shown under "Paper returns"; empty for responses not keyed from paper',
    'all',
  ],
  [
    'assisted_by',
    'Who helped the person answer (assisted sessions only)',
    'recorded by staff',
    'no',
    'staff = A staff member helped\ninterpreter = An interpreter helped',
    'channel is assisted',
    'staff or interpreter; empty when not assisted or not recorded',
    'all',
  ],
  [
    'conversation_language',
    'The language the assisted conversation was in, when staff recorded it',
    'recorded by staff',
    'no',
    CONVERSATION_LANGUAGES.map((l) => `${l.tag} = ${l.english}`).join('\n'),
    'channel is assisted',
    'a language tag, such as pl (bfi is British Sign Language)',
    'all',
  ],
  [
    'partner',
    'The partner organisation whose tablet collected the response',
    'recorded by the endpoint',
    'no',
    '',
    '',
    'the organisation named when the tablet was set up; empty for the council’s own tablets',
    'all',
  ],
];
