import { createHash } from 'node:crypto';
import { canonicalJson } from '../src/core/canonical-json.ts';
import { validateResponse } from '../src/core/response.ts';
import type { SyncResult } from '../src/core/sync-protocol.ts';
import type { ResponseToStore, Store } from './store/store.ts';

/**
 * Validates each response on its own against the form version it names, stores the valid ones exactly once,
 * and gives one result per response, in order. Both ways in (sync and file import) go through here, so a
 * response counts the same however it arrives.
 */
export function receiveResponses(store: Store, raw: unknown[]): SyncResult[] {
  const results: (SyncResult | null)[] = [];
  const toStore: { index: number; item: ResponseToStore }[] = [];
  const findForm = (id: string, version: number) => store.findForm(id, version);
  raw.forEach((candidate, index) => {
    const checked = validateResponse(candidate, findForm);
    if (!checked.ok) {
      results.push({ id: idOf(candidate), status: 'rejected', error: checked.error });
      return;
    }
    results.push(null);
    // Canonical text, so a resend with its keys in another order is a duplicate, not a conflict.
    const contentHash = createHash('sha256').update(canonicalJson(checked.value)).digest('hex');
    toStore.push({ index, item: { response: checked.value, contentHash } });
  });

  const statuses = store.storeResponses(toStore.map((t) => t.item));
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

/** The id a rejected response claimed, so the device can match the result to it. */
function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}
