import type { FormDefinition, Question } from './form.ts';
import type { LocalisedText } from './text.ts';

/** One piece of text a form shows, with where it sits ("questions.3.label"). */
export interface FormText {
  path: string;
  text: LocalisedText;
}

/**
 * Every piece of text a form shows, in reading order. Publishing checks each has the default language;
 * a translator's checklist or a print view can use the same list, so none is forgotten.
 */
export function formTexts(form: FormDefinition): FormText[] {
  const texts: FormText[] = [
    { path: 'title', text: form.title },
    { path: 'description', text: form.description },
    { path: 'organisation', text: form.organisation },
    { path: 'privacy.controller', text: form.privacy.controller },
    { path: 'privacy.purpose', text: form.privacy.purpose },
    { path: 'privacy.retention', text: form.privacy.retention },
    { path: 'privacy.rights', text: form.privacy.rights },
  ];
  form.questions.forEach((question, index) => {
    for (const [key, text] of questionTexts(question)) {
      if (text) texts.push({ path: `questions.${index}.${key}`, text });
    }
  });
  return texts;
}

function questionTexts(question: Question): [string, LocalisedText | undefined][] {
  const texts: [string, LocalisedText | undefined][] = [
    ['label', question.label],
    ['hint', question.hint],
    ['errors.required', question.errors?.required],
    ['errors.invalid', question.errors?.invalid],
  ];
  if ('options' in question) {
    question.options.forEach((option, i) => {
      texts.push([`options.${i}.label`, option.label]);
    });
  }
  switch (question.type) {
    case 'info':
      texts.push(['body', question.body], ['image.alt', question.image?.alt]);
      break;
    case 'single':
      texts.push(['other.label', question.other?.label]);
      break;
    case 'number':
      texts.push(['suffix', question.suffix]);
      break;
    case 'scale':
      texts.push(['lowLabel', question.lowLabel], ['highLabel', question.highLabel]);
      break;
    case 'consent':
      texts.push(['statement', question.statement]);
      break;
  }
  return texts;
}
