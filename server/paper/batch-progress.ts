import type { FormDefinition } from '../../src/core/form.ts';
import { compareEntries, type EntryDisagreement } from '../../src/core/paper-sheet.ts';
import type { Answers } from '../../src/core/response.ts';
import type { PaperEntry } from './paper-store.ts';

/** Where one sheet of a batch stands. */
export interface SheetState {
  reference: string;
  /**
   * keyed-once: waiting for its second keying · agreed: both keyings the same (then stored at once) ·
   * disagreement: the keyings differ and a reviewer must resolve them · stored: a response now.
   */
  state: 'keyed-once' | 'agreed' | 'disagreement' | 'stored';
  /** Only on a disagreement: question by question, what each keying said. */
  disagreements?: EntryDisagreement[];
  /** Only on a disagreement: the first keying in full, where the reviewer starts from. */
  firstAnswers?: Answers;
}

/** The batch page's counts. */
export interface BatchCounts {
  keyedOnce: number;
  agreed: number;
  disagreements: number;
  stored: number;
}

/**
 * Every sheet of a batch and the counts, from its double-entry keyings and the references already stored as
 * responses. A single-entry batch has no keyings: its sheets are its stored responses.
 */
export function batchProgress(
  form: FormDefinition,
  entries: PaperEntry[],
  storedReferences: Set<string>,
): { sheets: SheetState[]; counts: BatchCounts } {
  const byReference = new Map<string, PaperEntry[]>();
  for (const entry of entries) byReference.set(entry.reference, [...(byReference.get(entry.reference) ?? []), entry]);
  const sheets: SheetState[] = [];
  const counts: BatchCounts = { keyedOnce: 0, agreed: 0, disagreements: 0, stored: storedReferences.size };
  for (const [reference, keyed] of byReference) {
    const first = keyed.find((e) => e.entry === 1);
    const second = keyed.find((e) => e.entry === 2);
    if (!first || !second) {
      counts.keyedOnce++;
      sheets.push({ reference, state: storedReferences.has(reference) ? 'stored' : 'keyed-once' });
      continue;
    }
    const disagreements = compareEntries(form, first.answers, second.answers);
    if (disagreements.length === 0) counts.agreed++;
    if (storedReferences.has(reference)) sheets.push({ reference, state: 'stored' });
    else if (disagreements.length === 0) sheets.push({ reference, state: 'agreed' });
    else {
      counts.disagreements++;
      sheets.push({ reference, state: 'disagreement', disagreements, firstAnswers: first.answers });
    }
  }
  for (const reference of storedReferences) {
    if (!byReference.has(reference)) sheets.push({ reference, state: 'stored' });
  }
  return { sheets, counts };
}
