import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/core/canonical-json.ts';
import { type FormDefinition, formKey } from '../src/core/form.ts';
import { validateResponse } from '../src/core/response.ts';
import type { SyncResult } from '../src/core/sync-protocol.ts';
import type { ResponseToStore, Store } from './store/store.ts';

/**
 * Validates each response on its own against the form version it names, stores the valid ones exactly once,
 * and gives one result per response, in order. Both ways in (sync and file import) go through here, so a
 * response counts the same however it arrives. Each stored response is stamped with `partner`: the partner
 * organisation of the device it came from, as the endpoint knows it (issue 8), never as the device says.
 */
export async function receiveResponses(
  store: Store,
  raw: unknown[],
  { partner = null, fromPaper = false }: { partner?: string | null; fromPaper?: boolean } = {},
): Promise<SyncResult[]> {
  const results: (SyncResult | null)[] = [];
  const toStore: { index: number; item: ResponseToStore }[] = [];
  const forms = await formsNamedIn(store, raw);
  const findForm = (id: string, version: number) => forms.get(formKey(id, version));
  raw.forEach((candidate, index) => {
    const checked = validateResponse(candidate, findForm);
    if (!checked.ok) {
      results.push({ id: idOf(candidate), status: 'rejected', error: checked.error });
      return;
    }
    // Sheets keyed under "Paper returns" (server/paper/) alone name a paper batch and may be stored with
    // required questions left blank (as the person left them); a tablet or a tablet's file cannot do either.
    const { paperBatch, channel, partial } = checked.value;
    if (!fromPaper && (paperBatch !== undefined || (channel === 'paper' && partial))) {
      results.push({ id: checked.value.id, status: 'rejected', error: PAPER_ONLY });
      return;
    }
    results.push(null);
    // Canonical text, so a resend with its keys in another order is a duplicate, not a conflict.
    const contentHash = createHash('sha256').update(canonicalJson(checked.value)).digest('hex');
    toStore.push({ index, item: { response: checked.value, contentHash, partner } });
  });

  const statuses = await store.storeResponses(toStore.map((t) => t.item));
  toStore.forEach(({ index, item }, i) => {
    const status = statuses[i] ?? 'conflict';
    results[index] =
      status === 'conflict'
        ? {
            id: item.response.id,
            status,
            error: 'A different response with this id was stored earlier; it was kept.',
          }
        : { id: item.response.id, status };
  });

  return results.filter((r): r is SyncResult => r !== null);
}

const PAPER_ONLY =
  'Only sheets keyed under "Paper returns" on the endpoint carry a paper batch or are stored with required questions blank.';

/**
 * The forms the batch names, read before validating: validation is synchronous, the store is not. A name that
 * is not a published form is simply missing, and validation rejects the response as before.
 */
async function formsNamedIn(store: Store, raw: unknown[]): Promise<Map<string, FormDefinition>> {
  const named = new Map<string, { id: string; version: number }>();
  for (const candidate of raw) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const { formId, formVersion } = candidate as { formId?: unknown; formVersion?: unknown };
    if (typeof formId === 'string' && typeof formVersion === 'number') {
      named.set(formKey(formId, formVersion), { id: formId, version: formVersion });
    }
  }
  const forms = new Map<string, FormDefinition>();
  for (const [key, { id, version }] of named) {
    const form = await store.findForm(id, version);
    if (form) forms.set(key, form);
  }
  return forms;
}

/** The id a rejected response claimed, so the device can match the result to it. */
function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}
