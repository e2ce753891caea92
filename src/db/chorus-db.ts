import { Dexie, type EntityTable } from 'dexie';
import type { Draft } from './draft.ts';
import type { OutboxEntry } from './outbox-entry.ts';
import type { Setting } from './setting.ts';
import type { StoredForm } from './stored-form.ts';

export const DATABASE_NAME = 'chorus';

/**
 * The device's database, shared by the page and the service worker.
 * Every schema version stays here: never edit a shipped version, add a new one with a comment saying why,
 * and keep outbox records intact through every upgrade.
 */
export class ChorusDb extends Dexie {
  forms!: EntityTable<StoredForm, 'key'>;
  drafts!: EntityTable<Draft, 'formId'>;
  outbox!: EntityTable<OutboxEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

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
  }
}
