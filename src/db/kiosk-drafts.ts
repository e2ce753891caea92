import { kioskResetOf } from '../core/form.ts';
import { pruneHidden } from '../core/logic.ts';
import { isAnswered, type SubmittedResponse } from '../core/response.ts';
import { db } from './db.ts';
import { getDeviceId } from './device.ts';
import { getForm } from './forms.ts';
import { submitResponse } from './outbox.ts';

/**
 * A kiosk reset's way with answers in progress: for each draft of these forms, a form that keeps partial
 * answers has them saved to the outbox as a response marked partial (answers to questions logic hid are
 * dropped, as on Submit; nothing answered means nothing to keep); every other draft is deleted. Either way no
 * draft is left for the next person. Returns the partial responses made.
 */
export async function settleKioskDrafts(formIds: readonly string[]): Promise<SubmittedResponse[]> {
  const drafts = await db.drafts
    .where('formId')
    .anyOf([...formIds])
    .toArray();
  const kept: SubmittedResponse[] = [];
  for (const draft of drafts) {
    const form = (await getForm(draft.formId, draft.formVersion))?.definition;
    const answers = form ? pruneHidden(form, draft.answers) : {};
    if (form && kioskResetOf(form) === 'keep-partial' && Object.values(answers).some(isAnswered)) {
      const language = draft.reading?.language ?? form.defaultLanguage;
      // submitResponse removes the draft in the same transaction as it saves the response.
      kept.push(await submitResponse(form, answers, { deviceId: await getDeviceId(), language, partial: true }));
    } else {
      await db.drafts.delete(draft.formId);
    }
  }
  return kept;
}
