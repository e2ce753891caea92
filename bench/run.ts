/**
 * `npm run bench`: prints the figures in the README's benchmark table. Build first (the npm script does).
 * Timings are compared as a ratio to a baseline measured in the same run, since machines are noisy.
 */
import { resolve } from 'node:path';
import { measureBundle } from './bundle-size.ts';
import { measureSync } from './sync-throughput.ts';

const COUNT = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

console.log('## First visit: what a resident downloads\n');
console.log('| what | raw | gzip -9 | brotli |');
console.log('| --- | ---: | ---: | ---: |');
for (const row of measureBundle(resolve(import.meta.dirname, '../dist'))) {
  console.log(`| ${row.what} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`);
}

console.log(`\n## Sending ${COUNT} queued responses to the loopback endpoint (${ROUNDS} rounds)\n`);
const runs = await measureSync(COUNT, ROUNDS);
console.log('| round | through the service worker | direct from Node (baseline) | ratio |');
console.log('| ---: | ---: | ---: | ---: |');
runs.forEach((run, i) => {
  console.log(
    `| ${i + 1} | ${run.serviceWorkerMs.toFixed(0)} ms | ${run.directMs.toFixed(0)} ms | ${(run.serviceWorkerMs / run.directMs).toFixed(2)} |`,
  );
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const sw = median(runs.map((r) => r.serviceWorkerMs));
const direct = median(runs.map((r) => r.directMs));
console.log(
  `\nMedian: ${sw.toFixed(0)} ms through the service worker (${((COUNT / sw) * 1000).toFixed(0)} responses/s), ` +
    `${direct.toFixed(0)} ms direct; ratio ${(sw / direct).toFixed(2)}.`,
);
