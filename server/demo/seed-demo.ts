import { checkFormDefinition } from '../../src/core/form.ts';
import type { Store } from '../store/store.ts';
import { DEMO_FORM } from './demo-form.ts';

/** Publishes the demo consultation unless it is already there (publishing is idempotent). */
export function seedDemo(store: Store): void {
  const checked = checkFormDefinition(DEMO_FORM);
  if (!checked.ok) throw new Error(`The demo form is invalid: ${checked.errors.join('; ')}`);
  store.publishForm(checked.form);
}
