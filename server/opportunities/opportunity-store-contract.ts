import { expect, test } from 'vitest';
import { testOpportunity, testRegistration } from '../../src/core/test-opportunity.ts';
import type { Store } from '../store/store.ts';

/**
 * The opportunities part of the store contract (store-contract.ts calls this), so SQLite and PostgreSQL give
 * the same results. `current` returns the test's fresh store.
 */
export function opportunityStoreContract(current: () => Store): void {
  test('an opportunity is saved, replaced by id, and listed soonest first whatever its status', async () => {
    const { opportunities } = current();
    await opportunities.saveOpportunity(testOpportunity({ id: 'b', startsOn: '2026-12-01' }));
    await opportunities.saveOpportunity(testOpportunity({ id: 'a', status: 'draft', startsOn: '2026-12-05' }));
    await opportunities.saveOpportunity(testOpportunity({ id: 'b', status: 'closed', startsOn: '2026-12-01' }));
    expect((await opportunities.listOpportunities()).map((o) => [o.id, o.status])).toEqual([
      ['b', 'closed'],
      ['a', 'draft'],
    ]);
    expect(await opportunities.findOpportunity('a')).toEqual(
      testOpportunity({ id: 'a', status: 'draft', startsOn: '2026-12-05' }),
    );
    expect(await opportunities.findOpportunity('missing')).toBeUndefined();
  });

  test('each registration is stored once: a resend is a duplicate, changed content a conflict, and counted', async () => {
    const { opportunities } = current();
    await opportunities.saveOpportunity(testOpportunity());
    const first = testRegistration();
    const venue = testRegistration({ name: undefined, contactMethod: 'venue', contactValue: 'Newbury library' });
    const now = new Date('2026-12-01T08:00:00.000Z');
    expect(
      await opportunities.storeRegistrations(
        [
          { registration: first, contentHash: 'a' },
          { registration: venue, contentHash: 'b' },
          { registration: first, contentHash: 'a' },
          { registration: { ...first, name: 'Changed' }, contentHash: 'c' },
        ],
        now,
      ),
    ).toEqual(['stored', 'stored', 'duplicate', 'conflict']);
    const { name: _, ...venueWithoutName } = venue;
    expect(await opportunities.listRegistrations('library-group')).toEqual([
      { ...first, receivedAt: now.toISOString() },
      { ...venueWithoutName, receivedAt: now.toISOString() },
    ]);
    expect(await opportunities.countRegistrations()).toEqual({ 'library-group': 2 });
    expect(await opportunities.listRegistrations('other')).toEqual([]);
  });
}
