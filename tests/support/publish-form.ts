import { SqliteStore } from '../../server/store/sqlite-store.ts';
import type { FormDefinition } from '../../src/core/form.ts';

/** Publishes a form into a running endpoint's database file, as an officer's publishing would. */
export function publishForm(databasePath: string, form: FormDefinition): void {
  const store = new SqliteStore(databasePath);
  try {
    store.publishForm(form);
  } finally {
    store.close();
  }
}
