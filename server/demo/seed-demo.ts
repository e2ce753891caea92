import { checkFormDefinition, type FormDefinition } from '../../src/core/form.ts';
import type { Store } from '../store/store.ts';
import { DEMO_FORM } from './demo-form.ts';
import { seedDemoOpportunities } from './demo-opportunities.ts';
import { seedDemoResults } from './demo-results.ts';
import { EV_CHARGING_FORM } from './ev-charging-form.ts';
import { LIBRARY_HUBS_FORM } from './library-hubs-form.ts';
import { seedSampleBaseline } from './sample-baseline.ts';

/** The consultations published on first start, in the order the welcome screen lists them. */
export const SEEDED_FORMS: readonly FormDefinition[] = [DEMO_FORM, LIBRARY_HUBS_FORM, EV_CHARGING_FORM];

/**
 * Publishes the demo consultations that are not there yet (publishing a version again keeps the first, so
 * this is safe on every start). Every form is checked before any is published, so a broken one stops the
 * start instead of leaving half a seed. The sample population baseline for reach comparisons is stored
 * too, once (sample-baseline.ts), two opportunities to take part when there are none (demo-opportunities.ts),
 * and a published results page for the library hubs consultation (demo-results.ts), once.
 */
export async function seedDemo(store: Store, now = new Date()): Promise<void> {
  const checked = SEEDED_FORMS.map((form) => {
    const result = checkFormDefinition(form);
    if (!result.ok) throw new Error(`The demo form "${form.id}" is invalid: ${result.errors.join('; ')}`);
    return result.form;
  });
  // Forms are listed by publication time, then id: a millisecond apart keeps the demo first.
  for (const [i, form] of checked.entries()) await store.publishForm(form, new Date(now.getTime() + i));
  await seedSampleBaseline(store, now);
  await seedDemoOpportunities(store, now);
  await seedDemoResults(store, now);
}
