/**
 * `npm run bench`: prints the figures in the README's benchmark table. Build first (the npm script does).
 * Timings are compared as a ratio to a baseline measured in the same run, since machines are noisy.
 */
import { resolve } from 'node:path';
import { measureBulkSend } from './bulk-send.ts';
import { measureBundle } from './bundle-size.ts';
import { measureSaveLatency } from './save-latency.ts';
import { median, percentile } from './stats.ts';
import { measureSync } from './sync-throughput.ts';

const COUNT = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SAVES = 300;
const BULK_COUNT = 10_000;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const perSecond = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('en-GB')}/s`;

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
const sw = median(runs.map((r) => r.serviceWorkerMs));
const direct = median(runs.map((r) => r.directMs));
console.log(
  `\nMedian: ${sw.toFixed(0)} ms through the service worker (${((COUNT / sw) * 1000).toFixed(0)} responses/s), ` +
    `${direct.toFixed(0)} ms direct; ratio ${(sw / direct).toFixed(2)}.`,
);

console.log(`\n## Saving one response in Chromium (${SAVES} saves down each path, in rotating order)\n`);
const saves = await measureSaveLatency(SAVES);
console.log('| path | p50 | p95 | p50 ÷ baseline | p95 ÷ baseline |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const saveRow = (path: string, ms: number[]) => {
  const [p50, p95] = [percentile(ms, 50), percentile(ms, 95)];
  const [base50, base95] = [percentile(saves.rawPutMs, 50), percentile(saves.rawPutMs, 95)];
  console.log(
    `| ${path} | ${p50.toFixed(2)} ms | ${p95.toFixed(2)} ms | ${(p50 / base50).toFixed(2)}× | ${(p95 / base95).toFixed(2)}× |`,
  );
};
saveRow('Dexie save path, submitResponse (goal ≤ 1.5×)', saves.dexieMs);
saveRow('raw IndexedDB, the same four requests in one transaction', saves.rawSameWorkMs);
saveRow('raw IndexedDB, one put of the same record (baseline)', saves.rawPutMs);

console.log(`\n## Sending ${BULK_COUNT.toLocaleString('en-GB')} queued responses in one round\n`);
const bulk = await measureBulkSend(BULK_COUNT);
console.log('| measure | figure |');
console.log('| --- | ---: |');
console.log(
  `| wall time through the service worker (goal ≤ 10 s) | ${(bulk.sendMs / 1000).toFixed(2)} s (${perSecond(bulk.count, bulk.sendMs)}) |`,
);
console.log(
  `| baseline: better-sqlite3, one transaction | ${bulk.sqliteMs.toFixed(0)} ms (${perSecond(bulk.count, bulk.sqliteMs)}) |`,
);
console.log(
  `| records/s ratio, service worker / baseline (goal ≥ 0.5×) | ${(bulk.sqliteMs / bulk.sendMs).toFixed(3)}× |`,
);
console.log(
  `| service worker JS heap used: before / peak / after | ${mib(bulk.heap.before)} / ${mib(bulk.heap.peak)} / ${mib(bulk.heap.after)} |`,
);
