import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Serves the builder-extras harness at `<baseUrl>/test-harness/builder-extras` in this context, on the
 * endpoint's origin (so uploads carry the officer's session), with the built app's styles. The context
 * must block service workers, or the app's worker would answer the page with the app itself.
 */
export async function serveBuilderExtrasHarness(context: BrowserContext, baseUrl: string): Promise<string> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'tests/support/harness/builder-extras-harness.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const assets = join(ROOT, 'dist/assets');
  const css = readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
  const page = `${baseUrl}/test-harness/builder-extras`;
  await context.route(page, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Builder extras</title><style>${css}</style></head><body><div id="app"></div><script type="module" src="/test-harness/builder-extras.js"></script></body></html>`,
    }),
  );
  await context.route(`${baseUrl}/test-harness/builder-extras.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: script }),
  );
  return page;
}
