import type { FormDefinition } from '../../core/form.ts';
import { localise } from '../../core/text.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { officerCall } from './officer-session.ts';

/** A published consultation with every version of it, oldest first, for pickers and titles. */
export interface PublishedForm {
  id: string;
  title: string;
  versions: FormDefinition[];
}

/** The published consultations, each listed once, in order of title. */
export async function loadPublishedForms(): Promise<PublishedForm[]> {
  const { forms } = await officerCall<{ forms: FormDefinition[] }>('/api/forms');
  const byId = new Map<string, FormDefinition[]>();
  for (const form of forms) byId.set(form.id, [...(byId.get(form.id) ?? []), form]);
  const language = currentLanguage();
  return [...byId]
    .map(([id, versions]) => {
      const sorted = versions.sort((a, b) => a.version - b.version);
      const newest = sorted[sorted.length - 1] as FormDefinition;
      return { id, title: localise(newest.title, language, newest.defaultLanguage).text, versions: sorted };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}
