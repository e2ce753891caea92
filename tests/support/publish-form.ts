import { SqliteStore } from '../../server/store/sqlite-store.ts';
import type { FormDefinition } from '../../src/core/form.ts';

/** Publishes a form into a running endpoint's database file, as an officer's publishing would. */
export async function publishForm(databasePath: string, form: FormDefinition): Promise<void> {
  const store = new SqliteStore(databasePath);
  try {
    await store.publishForm(form);
  } finally {
    await store.close();
  }
}
