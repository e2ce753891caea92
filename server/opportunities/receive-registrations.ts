import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/core/canonical-json.ts';
import { parseRegistration, type Registration } from '../../src/core/registration.ts';
import type { SyncResult } from '../../src/core/sync-protocol.ts';
import type { Store } from '../store/store.ts';
import type { RegistrationToStore } from './opportunity-store.ts';

/**
 * Checks each registration of interest on its own (shape, then an opportunity that is published), stores the
 * valid ones exactly once, and gives one result per registration, in order. Sync and file import both come
 * through here, as responses come through receive-responses.ts.
 */
export async function receiveRegistrations(store: Store, raw: unknown[]): Promise<SyncResult[]> {
  const results: (SyncResult | null)[] = [];
  const toStore: { index: number; item: RegistrationToStore }[] = [];
  const statusOf = new Map<string, string | undefined>();
  for (const candidate of raw) {
    const id = (candidate as { opportunityId?: unknown } | null)?.opportunityId;
    if (typeof id === 'string' && !statusOf.has(id)) {
      statusOf.set(id, (await store.opportunities.findOpportunity(id))?.status);
    }
  }
  raw.forEach((candidate, index) => {
    const checked = parseRegistration(candidate);
    if (!checked.ok) {
      results.push({ id: idOf(candidate), status: 'rejected', error: checked.error });
      return;
    }
    const error = opportunityProblem(checked.value, statusOf.get(checked.value.opportunityId));
    if (error) {
      results.push({ id: checked.value.id, status: 'rejected', error });
      return;
    }
    results.push(null);
    const contentHash = createHash('sha256').update(canonicalJson(checked.value)).digest('hex');
    toStore.push({ index, item: { registration: checked.value, contentHash } });
  });

  const statuses = toStore.length > 0 ? await store.opportunities.storeRegistrations(toStore.map((t) => t.item)) : [];
  toStore.forEach(({ index, item }, i) => {
    const status = statuses[i] ?? 'conflict';
    results[index] =
      status === 'conflict'
        ? {
            id: item.registration.id,
            status,
            error: 'A different registration with this id was stored earlier; it was kept.',
          }
        : { id: item.registration.id, status };
  });
  return results.filter((r): r is SyncResult => r !== null);
}

function opportunityProblem(registration: Registration, status: string | undefined): string | null {
  if (status === undefined || status === 'draft') {
    return `There is no published opportunity "${registration.opportunityId}" to register interest in.`;
  }
  if (status === 'closed') {
    return `The opportunity "${registration.opportunityId}" was closed before this registration arrived; tell the resident another way.`;
  }
  return null;
}

function idOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '';
}
