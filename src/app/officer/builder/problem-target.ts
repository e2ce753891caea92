import { useEffect } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';

/** Where a publishing problem is fixed: the builder's section, the question to open, the field to focus. */
export interface ProblemTarget {
  section: 'details' | 'questions' | 'translations';
  /** The language whose translations to show (a blank translation). */
  language?: string;
  /** The index of the question to open. */
  question?: number;
  /** The id of the field, as the section names its fields ("d-title", "q2-options-1-label"). */
  field: string;
}

/**
 * The field a publishing problem names: every message from the checks starts with where it is
 * ("questions.2.options.1.value: ...", "privacy.rights has no text in en"). Questions' fields are named by
 * position, `q<index>-<path>`; the form's own are `d-<path>`.
 */
export function problemTarget(message: string, defaultLanguage = 'en'): ProblemTarget {
  const path = /^[a-z][A-Za-z0-9.-]*/.exec(message)?.[0] ?? '';
  if (path === 'questions') return { section: 'questions', field: 'add-type' };
  // "questions.2.label.cy is blank.": a translation, fixed beside its original in the translations section.
  const blank = / is blank\.$/.test(message) ? /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/.exec(path) : null;
  if (blank?.[1] && blank[2] && blank[2] !== defaultLanguage) {
    return { section: 'translations', language: blank[2], field: `t-${blank[1].replaceAll('.', '-')}` };
  }
  const question = /^questions\.(\d+)(?:\.(.*))?$/.exec(path);
  if (question) {
    const index = Number(question[1]);
    return {
      section: 'questions',
      question: index,
      field: `q${index}-${(question[2] ?? 'label').replaceAll('.', '-')}`,
    };
  }
  return { section: 'details', field: `d-${(path || 'title').replaceAll('.', '-')}` };
}

/** A link to the field: the section's address with `open` and `focus` for useFocusTarget to act on. */
export function problemHref(base: string, target: ProblemTarget): string {
  const query = new URLSearchParams({ focus: target.field });
  if (target.question !== undefined) query.set('open', String(target.question));
  if (target.language !== undefined) query.set('language', target.language);
  return `${base}/${target.section}?${query}`;
}

/**
 * Focuses the field `?focus=` names once the section has drawn it. A path deeper than any field
 * ("q2-label-cy") falls back to the nearest field that exists ("q2-label"), then to the question itself.
 * Then `focus` leaves the address, so a section drawn again later (another officer's version opened) does
 * not take the focus back from where the officer is.
 */
export function useFocusTarget(ready: boolean): void {
  const { query } = useRoute();
  const { route } = useLocation();
  const wanted = query.focus ?? '';
  useEffect(() => {
    if (!ready || !wanted) return;
    const frame = requestAnimationFrame(() => {
      const parts = wanted.split('-');
      for (let n = parts.length; n > 0; n--) {
        const field = document.getElementById(parts.slice(0, n).join('-'));
        if (field) {
          field.focus();
          field.scrollIntoView({ block: 'center' });
          break;
        }
      }
      // The full address: inside the officer area's own router, the route's path lacks /officer.
      const address = new URL(window.location.href);
      address.searchParams.delete('focus');
      route(`${address.pathname}${address.search}`, true);
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, wanted, route]);
}
