/**
 * Draws the app's PNG icons from public/icon.svg with the system Chromium, for the web app manifest (install
 * prompts want 192 and 512 pixel PNGs, and a maskable one that survives being cut to a circle). Run after
 * changing the icon, and commit the PNGs: `npx tsx scripts/render-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/support/chromium.ts';

const PUBLIC = join(import.meta.dirname, '../public');
const svg = readFileSync(join(PUBLIC, 'icon.svg'), 'utf8');
// Maskable: the background fills the square and the figures keep inside the central 80% safe zone.
const maskable = svg
  .replace('rx="96"', 'rx="0"')
  .replace('<g fill="#ffdd00">', '<g fill="#ffdd00" transform="translate(64 64) scale(0.75)">');

const browser = await launchChromium();
try {
  for (const [name, source, size] of [
    ['icon-192.png', svg, 192],
    ['icon-512.png', svg, 512],
    ['icon-maskable-512.png', maskable, 512],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const html = `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`;
    await page.setContent(html);
    await page.screenshot({ path: join(PUBLIC, name), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
