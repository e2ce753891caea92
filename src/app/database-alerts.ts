import { signal } from '@preact/signals';
import type { Dexie } from 'dexie';

/**
 * Problems with the device database that only the person at the screen can fix:
 * - 'blocked': this tab needs a newer database, and another Chorus tab still holds the old one open.
 * - 'replaced': a newer Chorus in another tab upgraded the database; this tab must reload to go on.
 */
export const databaseAlert = signal<'blocked' | 'replaced' | null>(null);

export function watchDatabase(db: Dexie): void {
  db.on('blocked', () => {
    databaseAlert.value = 'blocked';
  });
  db.on('ready', () => {
    if (databaseAlert.value === 'blocked') databaseAlert.value = null;
  });
  // Close at once so the other tab's upgrade is not blocked; this tab then asks to be reloaded
  // rather than working on against a database it no longer understands.
  db.on('versionchange', () => {
    db.close();
    databaseAlert.value = 'replaced';
    return false;
  });
}
