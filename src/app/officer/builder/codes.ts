/**
 * Codes the builder makes from what an officer types: choice values and question ids are what exports and
 * conditions use, so they are lower-case codes ("adult-care") that never change once a version is published.
 */

/** "Adult social care" → "adult-social-care"; accents dropped, anything else becomes one hyphen. */
export function codeFromLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** `wanted`, or `wanted-2`, `wanted-3`... whichever is not taken; `fallback` when `wanted` is empty. */
export function uniqueCode(wanted: string, taken: Iterable<string>, fallback = 'choice'): string {
  const used = new Set(taken);
  const base = wanted || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A question id from its label: like a choice code, but starting with a letter ("2nd visit" → "q-2nd-visit"). */
export function questionIdFromLabel(label: string, taken: Iterable<string>): string {
  const code = codeFromLabel(label);
  return uniqueCode(code && !/^[a-z]/.test(code) ? `q-${code}` : code, taken, 'question');
}

export const CHOICE_CODE = /^[a-z0-9][a-z0-9-]*$/;
export const QUESTION_ID = /^[a-z][a-z0-9-]*$/;
