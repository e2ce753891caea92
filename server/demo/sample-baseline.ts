import { existsSync, readFileSync } from 'node:fs';
import { parseBaselineCsv } from '../reach/baseline-csv.ts';
import type { Store } from '../store/store.ts';

export const SAMPLE_BASELINE_ID = 'sample-area';
/** Said in the name, because the name is what officers choose from: these are not any area's figures. */
export const SAMPLE_BASELINE_NAME = 'Sample area (illustrative figures, not real data)';
/** Beside this module when run from source; from dist-server/ when the endpoint runs as one built file. */
const SAMPLE_BASELINE_PLACES = [
  new URL('./sample-baseline.csv', import.meta.url),
  new URL('../server/demo/sample-baseline.csv', import.meta.url),
];

/**
 * Stores the demo's sample population baseline (sample-baseline.csv) unless it is there already, so the
 * reach comparison can be seen before an officer uploads their area's figures. The file goes through the
 * same parser as an upload; a broken sample stops the start rather than showing wrong figures.
 */
export async function seedSampleBaseline(store: Store, now = new Date()): Promise<void> {
  if (await store.findBaseline(SAMPLE_BASELINE_ID)) return;
  const file = SAMPLE_BASELINE_PLACES.find((place) => existsSync(place));
  if (!file) {
    throw new Error(
      `The demo's sample baseline is missing: none of ${SAMPLE_BASELINE_PLACES.map((p) => p.pathname).join(', ')} exists. Restore server/demo/sample-baseline.csv, or start with CHORUS_SEED_DEMO=false.`,
    );
  }
  const parsed = parseBaselineCsv(readFileSync(file, 'utf8'));
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ');
    throw new Error(`The sample baseline ${file.pathname} is invalid: ${problems}`);
  }
  await store.saveBaseline({
    id: SAMPLE_BASELINE_ID,
    name: SAMPLE_BASELINE_NAME,
    uploadedAt: now.toISOString(),
    uploadedBy: null,
    rows: parsed.rows,
  });
}
