import type { Question } from '../../core/form.ts';
import { SCALE_MAX, SCALE_MIN } from '../../core/form.ts';
import type { TextPicker } from '../form/form-text.ts';
import type { SpeechPart } from './speech-plan.ts';

/** Words the screen itself shows around a question, in the screens' language. */
export interface ScreenWords {
  lang: string;
  optional: string;
  yes: string;
  no: string;
  agree: string;
}

/**
 * What "Listen" reads on a screen: each question as it is shown, its hint, then its options (or, for a
 * consent, the statement and "I agree"), each in the language it is shown in.
 */
export function questionSpeech(questions: readonly Question[], pick: TextPicker, words: ScreenWords): SpeechPart[] {
  const parts: SpeechPart[] = [];
  const shown = (text: Parameters<TextPicker>[0]) => {
    const { text: spoken, lang } = pick(text);
    parts.push({ text: spoken, lang });
  };
  const screen = (text: string) => parts.push({ text, lang: words.lang });
  for (const question of questions) {
    shown(question.label);
    if (!question.required && question.type !== 'info') screen(words.optional);
    if (question.hint) shown(question.hint);
    switch (question.type) {
      case 'info':
        shown(question.body);
        break;
      case 'single':
      case 'multiple':
      case 'ranking':
      case 'points':
        for (const option of question.options) shown(option.label);
        if (question.type === 'single' && question.other) shown(question.other.label);
        break;
      case 'yesno':
        screen(words.yes);
        screen(words.no);
        break;
      case 'scale': {
        const low = pick(question.lowLabel);
        const high = pick(question.highLabel);
        parts.push({ text: `${SCALE_MIN}: ${low.text}`, lang: low.lang });
        parts.push({ text: `${SCALE_MAX}: ${high.text}`, lang: high.lang });
        break;
      }
      case 'consent':
        shown(question.statement);
        screen(words.agree);
        break;
    }
  }
  return parts;
}
