import { canonicalJson } from './canonical-json.ts';
import type { Choice, FormDefinition, Question } from './form.ts';
import { translationChanges } from './form-diff-translations.ts';
import type { LocalisedText } from './text.ts';

export { languageName } from './form-diff-translations.ts';

/** What a question change is about (see diffForms). */
export type QuestionAspect =
  | 'label'
  | 'hint'
  | 'text'
  | 'required'
  | 'type'
  | 'show-if'
  | 'limits'
  | 'layout'
  | 'picture'
  | 'option-added'
  | 'option-removed'
  | 'option-relabelled'
  | 'option-recoded'
  | 'option-other';

/** One difference between two versions of a form, with a plain-English `summary` for an officer. */
export type FormChange =
  | { kind: 'details'; field: string; summary: string }
  | { kind: 'question-added' | 'question-removed' | 'question-moved'; questionId: string; summary: string }
  | { kind: 'question-changed'; questionId: string; aspect: QuestionAspect; summary: string }
  | { kind: 'translation-added' | 'translation-changed' | 'translation-removed'; language: string; summary: string };

const DETAIL_NAMES: Record<string, string> = {
  title: 'title',
  description: 'purpose (description)',
  organisation: 'who is asking',
  estimatedMinutes: 'time it takes',
  defaultLanguage: 'default language',
  kioskReset: 'what a kiosk reset does with answers in progress',
  'privacy.controller': 'privacy notice: who collects the answers',
  'privacy.purpose': 'privacy notice: why',
  'privacy.retention': 'privacy notice: how long answers are kept',
  'privacy.rights': 'privacy notice: people’s rights',
};

const TEXT_ASPECTS: Record<string, [QuestionAspect, string]> = {
  label: ['label', 'The question'],
  hint: ['hint', 'The hint'],
  body: ['text', 'The text'],
  statement: ['text', 'The statement to agree to'],
  lowLabel: ['text', 'The low end’s words'],
  highLabel: ['text', 'The high end’s words'],
  suffix: ['text', 'The words after the box'],
  errors: ['text', 'The error messages'],
};

const LIMITS: Record<string, string> = {
  maxLength: 'longest answer',
  min: 'lowest answer',
  max: 'highest answer',
  minChoices: 'fewest choices',
  maxChoices: 'most choices',
  total: 'points to share',
  wholeNumber: 'whole numbers only',
};

/**
 * What changed from `older` to `newer` (two versions of one form): the details, questions added, removed,
 * moved or changed (by id), and translations per language. Text changes are compared in each form's default
 * language; every other language is a translation, summed up once per language.
 */
export function diffForms(older: FormDefinition, newer: FormDefinition): FormChange[] {
  return [
    ...detailChanges(older, newer),
    ...questionListChanges(older, newer),
    ...newer.questions.flatMap((q) => {
      const before = older.questions.find((o) => o.id === q.id);
      return before ? questionChanges(before, q, older.defaultLanguage, newer.defaultLanguage) : [];
    }),
    ...translationChanges(older, newer),
  ];
}

function detailChanges(older: FormDefinition, newer: FormDefinition): FormChange[] {
  const changes: FormChange[] = [];
  const value = (form: FormDefinition, field: string): unknown =>
    field.startsWith('privacy.')
      ? form.privacy[field.slice(8) as keyof FormDefinition['privacy']]
      : form[field as keyof FormDefinition];
  for (const [field, name] of Object.entries(DETAIL_NAMES)) {
    const before = value(older, field);
    const after = value(newer, field);
    const summary =
      isText(before) || isText(after)
        ? textChange(
            `The ${name}`,
            before as LocalisedText,
            after as LocalisedText,
            older.defaultLanguage,
            newer.defaultLanguage,
          )
        : canonicalJson(before) === canonicalJson(after)
          ? undefined
          : `The ${name} changed from ${shown(before)} to ${shown(after)}.`;
    if (summary) changes.push({ kind: 'details', field, summary });
  }
  return changes;
}

function questionListChanges(older: FormDefinition, newer: FormDefinition): FormChange[] {
  const oldIds = older.questions.map((q) => q.id);
  const newIds = newer.questions.map((q) => q.id);
  const changes: FormChange[] = [];
  newer.questions.forEach((q, i) => {
    if (!oldIds.includes(q.id))
      changes.push({
        kind: 'question-added',
        questionId: q.id,
        summary: `Added question ${i + 1}, “${say(q.label, newer.defaultLanguage)}” (${q.type}).`,
      });
  });
  for (const q of older.questions) {
    if (!newIds.includes(q.id))
      changes.push({
        kind: 'question-removed',
        questionId: q.id,
        summary: `Removed the question “${say(q.label, older.defaultLanguage)}”.`,
      });
  }
  const kept = newIds.filter((id) => oldIds.includes(id));
  const stayed = longestInOrder(kept.map((id) => oldIds.indexOf(id))).map((i) => oldIds[i]);
  for (const id of kept) {
    if (stayed.includes(id)) continue;
    changes.push({
      kind: 'question-moved',
      questionId: id,
      summary: `Moved from question ${oldIds.indexOf(id) + 1} to question ${newIds.indexOf(id) + 1}.`,
    });
  }
  return changes;
}

/** The longest increasing run (not necessarily adjacent) of `positions`: the questions that did not move. */
function longestInOrder(positions: number[]): number[] {
  const best: number[][] = [];
  positions.forEach((p, i) => {
    let longest: number[] = [];
    for (let j = 0; j < i; j++) {
      const run = best[j] ?? [];
      if ((positions[j] ?? 0) < p && run.length > longest.length) longest = run;
    }
    best.push([...longest, p]);
  });
  return best.reduce((a, b) => (b.length > a.length ? b : a), []);
}

function questionChanges(before: Question, after: Question, oldLang: string, newLang: string): FormChange[] {
  const changes: FormChange[] = [];
  const add = (aspect: QuestionAspect, summary: string) =>
    changes.push({ kind: 'question-changed', questionId: after.id, aspect, summary });
  if (before.type !== after.type) add('type', `The type changed from ${before.type} to ${after.type}.`);
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const [key, [aspect, name]] of Object.entries(TEXT_ASPECTS)) {
    const summary =
      key === 'errors'
        ? errorChange(before, after, oldLang, newLang)
        : textChange(name, b[key] as LocalisedText | undefined, a[key] as LocalisedText | undefined, oldLang, newLang);
    if (summary) add(aspect, summary);
  }
  if (before.required !== after.required)
    add('required', after.required ? 'Now required (was optional).' : 'Now optional (was required).');
  if (canonicalJson(before.showIf ?? null) !== canonicalJson(after.showIf ?? null))
    add(
      'show-if',
      !after.showIf
        ? 'Now always shown (the show-if condition was removed).'
        : !before.showIf
          ? 'Now shown only when a condition holds (a show-if was added).'
          : 'The show-if condition changed.',
    );
  if (Boolean(before.sameScreenAsPrevious) !== Boolean(after.sameScreenAsPrevious))
    add('layout', after.sameScreenAsPrevious ? 'Now shares the screen before it.' : 'Now has a screen of its own.');
  if (before.type !== after.type) return changes;
  for (const [key, name] of Object.entries(LIMITS)) {
    if (canonicalJson(b[key] ?? null) !== canonicalJson(a[key] ?? null))
      add('limits', `The ${name} changed from ${shown(b[key])} to ${shown(a[key])}.`);
  }
  if ('options' in before && 'options' in after)
    changes.push(...optionChanges(before.options, after.options, after.id, oldLang, newLang));
  if (before.type === 'single' && after.type === 'single') {
    if (Boolean(before.other) !== Boolean(after.other))
      add(
        'option-other',
        after.other
          ? 'An “Other, please specify” choice was added.'
          : 'The “Other, please specify” choice was removed.',
      );
    else if (before.other && after.other) {
      const words = textChange('The “Other” choice', before.other.label, after.other.label, oldLang, newLang);
      if (words) add('option-other', words);
      if (before.other.maxLength !== after.other.maxLength)
        add(
          'option-other',
          `The longest “Other” answer changed from ${shown(before.other.maxLength)} to ${shown(after.other.maxLength)}.`,
        );
    }
  }
  if (before.type === 'info' && after.type === 'info') {
    if (before.image?.src !== after.image?.src)
      add(
        'picture',
        !after.image
          ? 'The picture was removed.'
          : !before.image
            ? 'A picture was added.'
            : 'The picture was replaced.',
      );
    else {
      const alt = textChange('The picture’s description', before.image?.alt, after.image?.alt, oldLang, newLang);
      if (alt) add('picture', alt);
    }
  }
  return changes;
}

function optionChanges(
  before: Choice[],
  after: Choice[],
  questionId: string,
  oldLang: string,
  newLang: string,
): FormChange[] {
  const changes: FormChange[] = [];
  const add = (aspect: QuestionAspect, summary: string) =>
    changes.push({ kind: 'question-changed', questionId, aspect, summary });
  const removed = before.filter((o) => !after.some((n) => n.value === o.value));
  const added = after.filter((n) => !before.some((o) => o.value === n.value));
  for (const option of after) {
    const old = before.find((o) => o.value === option.value);
    const relabel = old && textChange(`The choice “${option.value}”`, old.label, option.label, oldLang, newLang);
    if (relabel) add('option-relabelled', relabel);
    if (old && Boolean(old.exclusive) !== Boolean(option.exclusive))
      add(
        'limits',
        option.exclusive
          ? `The choice “${say(option.label, newLang)}” now clears the others (“None of these”).`
          : `The choice “${say(option.label, newLang)}” no longer clears the others.`,
      );
  }
  for (const option of added) {
    // The same words under a new code: the stored answers keep the old code, so this is worth its own line.
    const recoded = removed.find((o) => say(o.label, oldLang) === say(option.label, newLang));
    if (recoded) {
      removed.splice(removed.indexOf(recoded), 1);
      add(
        'option-recoded',
        `The choice “${say(option.label, newLang)}” is now recorded as “${option.value}” (was “${recoded.value}”).`,
      );
    } else add('option-added', `Added the choice “${say(option.label, newLang)}” (${option.value}).`);
  }
  for (const option of removed)
    add('option-removed', `Removed the choice “${say(option.label, oldLang)}” (${option.value}).`);
  return changes;
}

function errorChange(before: Question, after: Question, oldLang: string, newLang: string): string | undefined {
  const required = textChange(
    'The “not answered” message',
    before.errors?.required,
    after.errors?.required,
    oldLang,
    newLang,
  );
  const invalid = textChange(
    'The “not valid” message',
    before.errors?.invalid,
    after.errors?.invalid,
    oldLang,
    newLang,
  );
  return [required, invalid].filter(Boolean).join(' ') || undefined;
}

function textChange(
  name: string,
  before: LocalisedText | undefined,
  after: LocalisedText | undefined,
  oldLang: string,
  newLang: string,
): string | undefined {
  const was = before?.[oldLang];
  const now = after?.[newLang];
  if (was === now) return undefined;
  if (was === undefined) return `${name} was added: “${now}”.`;
  if (now === undefined) return `${name} was removed (was “${was}”).`;
  return `${name} changed from “${was}” to “${now}”.`;
}

function isText(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function say(text: LocalisedText, language: string): string {
  return text[language] ?? Object.values(text)[0] ?? '';
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  return typeof value === 'string' ? `“${value}”` : String(value);
}
