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
  // A registration stored before its opportunity closed (or was taken back to draft) and sent again because
  // the acknowledgement was lost is still a duplicate: the tablet may forget it, never "needs attention".
  const storedEarlier = new Map<string, Map<string, string>>();
  const earlierHash = async (registration: Registration): Promise<string | undefined> => {
    let hashes = storedEarlier.get(registration.opportunityId);
    if (!hashes) {
      hashes = new Map();
      for (const { receivedAt: _, ...stored } of await store.opportunities.listRegistrations(
        registration.opportunityId,
      )) {
        hashes.set(stored.id, hashOf(stored));
      }
      storedEarlier.set(registration.opportunityId, hashes);
    }
    return hashes.get(registration.id);
  };
  for (const [index, candidate] of raw.entries()) {
    const checked = parseRegistration(candidate);
    if (!checked.ok) {
      results.push({ id: idOf(candidate), status: 'rejected', error: checked.error });
      continue;
    }
    const contentHash = hashOf(checked.value);
    const error = opportunityProblem(checked.value, statusOf.get(checked.value.opportunityId));
    if (error) {
      const earlier = await earlierHash(checked.value);
      if (earlier === contentHash) results.push({ id: checked.value.id, status: 'duplicate' });
      else if (earlier !== undefined) results.push({ id: checked.value.id, status: 'conflict', error: CONFLICT });
      else results.push({ id: checked.value.id, status: 'rejected', error });
      continue;
    }
    results.push(null);
    toStore.push({ index, item: { registration: checked.value, contentHash } });
  }

  const statuses = toStore.length > 0 ? await store.opportunities.storeRegistrations(toStore.map((t) => t.item)) : [];
  toStore.forEach(({ index, item }, i) => {
    const status = statuses[i] ?? 'conflict';
    results[index] =
      status === 'conflict'
        ? {
            id: item.registration.id,
            status,
            error: CONFLICT,
          }
        : { id: item.registration.id, status };
  });
  return results.filter((r): r is SyncResult => r !== null);
}

const CONFLICT = 'A different registration with this id was stored earlier; it was kept.';

function hashOf(registration: Registration): string {
  return createHash('sha256').update(canonicalJson(registration)).digest('hex');
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
