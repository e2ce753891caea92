import { Dexie, type EntityTable } from 'dexie';
import type { Draft } from './draft.ts';
import type { KeptOpportunity } from './kept-opportunity.ts';
import type { OutboxEntry } from './outbox-entry.ts';
import type { Receipt } from './receipt.ts';
import type { Setting } from './setting.ts';
import type { StoredForm } from './stored-form.ts';
import type { StoredReferences, StoredResults } from './stored-results.ts';

export const DATABASE_NAME = 'chorus';

/**
 * The device's database, shared by the page and the service worker.
 * Every schema version stays here: never edit a shipped version, add a new one with a comment saying why,
 * and keep outbox records intact through every upgrade (chorus-db.upgrade.test.ts proves it).
 */
export class ChorusDb extends Dexie {
  forms!: EntityTable<StoredForm, 'key'>;
  drafts!: EntityTable<Draft, 'formId'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  receipts!: EntityTable<Receipt, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  opportunities!: EntityTable<KeptOpportunity, 'id'>;
  results!: EntityTable<StoredResults, 'formId'>;
  references!: EntityTable<StoredReferences, 'formId'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1: the foundation. Forms by "id@version", one draft per form, the outbox by response id and
    // by state in the order submitted (so the next batch is one index range, not a scan).
    this.version(1).stores({
      forms: '&key, id',
      drafts: '&formId',
      outbox: '&id, state, [state+queuedAt]',
      settings: '&key',
    });
    // Version 2 (sync you can trust): tablet clocks can be hours wrong, so the outbox is ordered by a
    // device-local sequence number instead of the submit time; and acknowledged responses leave a small
    // receipt (no answers) so staff can show what was sent.
    this.version(2)
      .stores({
        outbox: '&id, state, [state+seq]',
        receipts: '&id, sentAt',
      })
      .upgrade(async (tx) => {
        const entries = await tx.table<OutboxEntry>('outbox').toCollection().sortBy('queuedAt');
        let seq = 0;
        for (const entry of entries) await tx.table('outbox').update(entry.id, { seq: ++seq });
        await tx.table<Setting>('settings').put({ key: 'outboxSeq', value: seq });
      });
    // Version 3 (issue 8, opportunities to take part): the published opportunities, kept for browsing offline.
    // Registrations of interest go in the existing outbox beside responses (an entry holds one or the other),
    // so the outbox needs no change and entries written before this version send as they did.
    this.version(3).stores({ opportunities: '&id' });
    // Version 4 (issue 8, "You said, we did"): published results pages, and each consultation's reference
    // codes, so a resident can read what happened and look up their reference with no connection.
    this.version(4).stores({
      results: '&formId',
      references: '&formId',
    });
    // Version 5 (issue 8): registrations counted by an index instead of by reading every waiting entry. The
    // outbox's counts are read again on each change while a long send runs (OutboxStatus), and reading 10,000
    // entries each time made a 10,000-response send two and a half times slower. Entries without a
    // registration (every response) are simply not in the index.
    this.version(5).stores({ outbox: '&id, state, [state+seq], [state+registration.opportunityId]' });
  }
}
