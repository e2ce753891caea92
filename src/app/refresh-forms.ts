import { checkFormDefinition, type FormDefinition, formKey } from '../core/form.ts';
import { keepPublishedForms } from '../db/forms.ts';
import { openForm } from './form/form-session.ts';

export type RefreshOutcome = 'updated' | 'offline';

/**
 * Fetches the published forms and keeps them on the device for offline use, with their pictures. A form
 * that fails the shared check is skipped (and logged) rather than shown half-broken. The form open on
 * screen keeps its version even before its first answer is saved (keepPublishedForms). Published results
 * pages and the reference index come with them (results/refresh-results.ts).
 */
export async function refreshForms(): Promise<RefreshOutcome> {
  let body: unknown;
  try {
    const reply = await fetch('/api/forms', { cache: 'no-store' });
    if (!reply.ok) return 'offline';
    body = await reply.json();
  } catch {
    return 'offline';
  }
  const listed = (body as { forms?: unknown }).forms;
  const forms: FormDefinition[] = [];
  for (const candidate of Array.isArray(listed) ? listed : []) {
    const checked = checkFormDefinition(candidate);
    if (checked.ok) forms.push(checked.form);
    else console.warn('Skipped a published form that failed its check:', checked.errors.join('; '));
  }
  const open = openForm();
  await keepPublishedForms(forms, new Date(), open ? [formKey(open.form.id, open.form.version)] : []);
  // Loaded when needed (and precached), so the first visit does not download it.
  await (await import('./cache-form-images.ts')).cacheFormImages();
  await import('./results/refresh-results.ts').then((m) => m.refreshResults());
  return 'updated';
}
