import { expect, test } from 'vitest';
import type { Question } from '../../core/form.ts';
import { localise } from '../../core/text.ts';
import type { TextPicker } from '../form/form-text.ts';
import { questionSpeech, type ScreenWords } from './question-speech.ts';

// The form's own picker, as the screen uses it: Welsh asked for, English where a text has no Welsh.
const pick: TextPicker = (text) => {
  const shown = localise(text, 'cy', 'en');
  return { text: shown.text, lang: shown.language, isFallback: shown.isFallback };
};
const WORDS: ScreenWords = { lang: 'cy', optional: '(dewisol)', yes: 'Ie', no: 'Na', agree: 'Rwy’n cytuno' };

test('a choice question: the question, its hint, then each option, each in the language it is shown in', () => {
  const question: Question = {
    id: 'areas',
    type: 'multiple',
    required: true,
    label: { en: 'Which services?', cy: 'Pa wasanaethau?' },
    hint: { en: 'Choose up to 3' },
    options: [
      { value: 'housing', label: { en: 'Housing', cy: 'Tai' } },
      { value: 'parks', label: { en: 'Parks' } },
    ],
  };
  expect(questionSpeech([question], pick, WORDS)).toEqual([
    { text: 'Pa wasanaethau?', lang: 'cy' },
    { text: 'Choose up to 3', lang: 'en' },
    { text: 'Tai', lang: 'cy' },
    { text: 'Parks', lang: 'en' },
  ]);
});

test('yes/no and optional use the screen’s own words; a scale names its ends; a consent its statement', () => {
  const questions: Question[] = [
    { id: 'contact', type: 'yesno', required: false, label: { en: 'May we contact you?', cy: 'Cysylltu?' } },
    {
      id: 'happy',
      type: 'scale',
      required: true,
      label: { en: 'How happy?' },
      lowLabel: { en: 'Not happy' },
      highLabel: { en: 'Very happy', cy: 'Hapus iawn' },
    },
    { id: 'ok', type: 'consent', required: true, label: { en: 'Agreement' }, statement: { en: 'I agree to this.' } },
  ];
  expect(questionSpeech(questions, pick, WORDS).map((p) => `${p.lang}:${p.text}`)).toEqual([
    'cy:Cysylltu?',
    'cy:(dewisol)',
    'cy:Ie',
    'cy:Na',
    'en:How happy?',
    'en:1: Not happy',
    'cy:5: Hapus iawn',
    'en:Agreement',
    'en:I agree to this.',
    'cy:Rwy’n cytuno',
  ]);
});
