import { type FormDefinition, formKey } from '../core/form.ts';
import { db } from './db.ts';
import type { StoredForm } from './stored-form.ts';

/**
 * Keeps the newest published version of each form the endpoint lists, so the next person always starts on
 * it. An older version stays only while something on the device still answers it: a draft (a resident
 * part-way through carries on, and submits, on the version they started), a response in the outbox, or a
 * form open on screen now (`inUse`, "id@version" keys: answered before its first draft is written).
 * Everything else is removed, including versions the endpoint no longer lists.
 */
export async function keepPublishedForms(
  published: FormDefinition[],
  now = new Date(),
  inUse: Iterable<string> = [],
): Promise<void> {
  const fetchedAt = now.toISOString();
  await db.transaction('rw', db.forms, db.drafts, db.outbox, async () => {
    const newest = new Map<string, number>();
    for (const { id, version } of published) newest.set(id, Math.max(version, newest.get(id) ?? 0));
    const keep = new Set([...newest].map(([id, version]) => formKey(id, version)));
    for (const key of inUse) keep.add(key);
    for (const d of await db.drafts.toArray()) keep.add(formKey(d.formId, d.formVersion));
    let stale = (await db.forms.toCollection().primaryKeys()).filter((key) => !keep.has(key));
    // Only when a version would go is the outbox read (it may hold thousands): one of its responses keeps it.
    if (stale.length > 0) {
      const waiting = new Set<string>();
      await db.outbox.each(({ response }) => {
        // A registration of interest (issue 8) names no form.
        if (response) waiting.add(formKey(response.formId, response.formVersion));
      });
      stale = stale.filter((key) => !waiting.has(key));
      for (const key of waiting) keep.add(key);
    }
    await db.forms.bulkDelete(stale);
    await db.forms.bulkPut(
      published
        .filter((definition) => keep.has(formKey(definition.id, definition.version)))
        .map((definition) => ({
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
