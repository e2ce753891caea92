import { type FormDefinition, formKey } from '../core/form.ts';
import { db } from './db.ts';
import type { StoredForm } from './stored-form.ts';

/**
 * Keeps the published forms the endpoint listed. Versions no longer published are removed unless a
 * draft still answers them, so a resident mid-way through is never cut off.
 */
export async function keepPublishedForms(published: FormDefinition[], now = new Date()): Promise<void> {
  const fetchedAt = now.toISOString();
  await db.transaction('rw', db.forms, db.drafts, async () => {
    const keep = new Set(published.map((f) => formKey(f.id, f.version)));
    const drafts = await db.drafts.toArray();
    for (const d of drafts) keep.add(formKey(d.formId, d.formVersion));
    const stale = (await db.forms.toCollection().primaryKeys()).filter((key) => !keep.has(key));
    await db.forms.bulkDelete(stale);
    await db.forms.bulkPut(
      published.map((definition) => ({
        key: formKey(definition.id, definition.version),
        id: definition.id,
        version: definition.version,
        definition,
        fetchedAt,
      })),
    );
  });
}

/** The newest stored version of each form, by title order of arrival. */
export async function listLatestForms(): Promise<StoredForm[]> {
  const all = await db.forms.toArray();
  const latest = new Map<string, StoredForm>();
  for (const form of all) {
    const seen = latest.get(form.id);
    if (!seen || seen.version < form.version) latest.set(form.id, form);
  }
  return [...latest.values()];
}

export async function getForm(formId: string, version?: number): Promise<StoredForm | undefined> {
  if (version !== undefined) return db.forms.get(formKey(formId, version));
  const versions = await db.forms.where('id').equals(formId).toArray();
  return versions.sort((a, b) => b.version - a.version)[0];
}
