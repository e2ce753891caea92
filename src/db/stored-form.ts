import type { FormDefinition } from '../core/form.ts';

/** A published form version kept on the device so it can be answered offline. */
export interface StoredForm {
  /** "id@version", see formKey(). */
  key: string;
  id: string;
  version: number;
  definition: FormDefinition;
  /** ISO time the device last fetched it. */
  fetchedAt: string;
}
