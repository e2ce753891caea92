import type { Answers, Assistance } from '../core/response.ts';
import { db } from './db.ts';
import type { Draft } from './draft.ts';

export async function saveDraft(
  formId: string,
  formVersion: number,
  answers: Answers,
  position?: string,
  reading?: Draft['reading'],
  assistance?: Assistance | null,
): Promise<void> {
  await db.drafts.put({
    formId,
    formVersion,
    answers,
    ...(position ? { position } : {}),
    ...(reading ? { reading } : {}),
    ...(assistance !== undefined ? { assistance } : {}),
    updatedAt: new Date().toISOString(),
  });
}

export function loadDraft(formId: string): Promise<Draft | undefined> {
  return db.drafts.get(formId);
}

export async function discardDraft(formId: string): Promise<void> {
  await db.drafts.delete(formId);
}
