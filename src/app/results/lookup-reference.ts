import { referenceCode } from '../../core/reference-code.ts';
import type { LocalisedText } from '../../core/text.ts';
import { db } from '../../db/db.ts';
import { getForm } from '../../db/forms.ts';
import { formsWithReference } from '../../db/results.ts';

/** What a typed reference turned out to be. */
export type ReferenceFinding =
  | { kind: 'waiting'; formId: string; title?: LocalisedText; defaultLanguage?: string }
  | { kind: 'received'; formId: string; title?: LocalisedText; defaultLanguage?: string; published: boolean }
  | { kind: 'unknown' };

const sameCode = (id: string, code: string) => {
  try {
    return referenceCode(id) === code;
  } catch {
    return false;
  }
};

/**
 * Finds a normalised reference ("7ZK3-Q9M1") on this tablet first: a response still in its outbox is
 * waiting to be sent; one it sent (a receipt) or one in the endpoint's reference index was received.
 * Only when nothing here knows it and the tablet is online does it ask the endpoint, whose index may be
 * newer. Works offline for everything the tablet has seen.
 */
export async function lookupReference(code: string): Promise<ReferenceFinding> {
  // Registrations of interest share the outbox and receipts but have no reference: only responses do.
  const waiting = (await db.outbox.toArray()).find((entry) => entry.response && sameCode(entry.id, code))?.response;
  if (waiting) return { kind: 'waiting', formId: waiting.formId, ...(await titleOf(waiting.formId)) };
  const sent = (await db.receipts.toArray()).find(
    (receipt) => receipt.formId !== undefined && sameCode(receipt.id, code),
  );
  const formId = sent?.formId ?? (await formsWithReference(code))[0];
  if (formId) {
    const published = (await db.results.get(formId)) !== undefined;
    return { kind: 'received', formId, published, ...(await titleOf(formId)) };
  }
  if (typeof navigator !== 'undefined' && navigator.onLine) {
    try {
      const reply = await fetch(`/api/results/lookup?code=${encodeURIComponent(code)}`, { cache: 'no-store' });
      if (reply.ok) {
        const body = (await reply.json()) as {
          forms: { formId: string; title: LocalisedText; defaultLanguage: string; published: boolean }[];
        };
        const [found] = body.forms;
        if (found) return { kind: 'received', ...found };
      }
    } catch {
      // Offline after all: the tablet's own answer stands.
    }
  }
  return { kind: 'unknown' };
}

async function titleOf(formId: string): Promise<{ title?: LocalisedText; defaultLanguage?: string }> {
  const results = await db.results.get(formId);
  if (results) return { title: results.title, defaultLanguage: results.defaultLanguage };
  const form = await getForm(formId);
  return form ? { title: form.definition.title, defaultLanguage: form.definition.defaultLanguage } : {};
}
