import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../tests/support/chromium.ts';
import type { SaveSamples } from './harness/main.ts';
import { serveStatic } from './static-server.ts';

const HARNESS = join(import.meta.dirname, 'harness');
const WARM_UP = 20;

/**
 * Times saving one response in Chromium, `iterations` times down each path: the app's save path
 * (submitResponse: outbox entry, draft removed and sequence counter bumped in one Dexie transaction)
 * and a raw IndexedDB put of the same record. The harness page (bench/harness/) is built to a temp folder.
 */
export async function measureSaveLatency(iterations: number): Promise<SaveSamples> {
  const outDir = mkdtempSync(join(tmpdir(), 'chorus-bench-harness-'));
  try {
    await build({ configFile: join(HARNESS, 'vite.config.ts'), build: { outDir } });
    const server = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.measureSave === 'function');
      if (!(await page.evaluate(() => crossOriginIsolated))) {
        throw new Error('The harness page is not cross-origin isolated, so its timer would be too coarse.');
      }
      return await page.evaluate(([n, warmUp]) => window.measureSave(n, warmUp), [iterations, WARM_UP] as const);
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
