/**
 * `npm run bench`: prints the figures in the README's benchmark table. Build first (the npm script does).
 * Timings are compared as a ratio to a baseline measured in the same run, since machines are noisy.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureBulkSend } from './bulk-send.ts';
import { firstVisitScripts, measureBundle } from './bundle-size.ts';
import { measureArrival } from './engine-arrival.ts';
import { measureExports, printExportBench } from './export-bench.ts';
import { measureFormEngine } from './form-validation.ts';
import { measureKioskStart, printKioskStart } from './kiosk-start.ts';
import { measurePageChanges } from './page-change.ts';
import { measureSaveLatency } from './save-latency.ts';
import { median, percentile } from './stats.ts';
import { measureSync } from './sync-throughput.ts';

const COUNT = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SAVES = 300;
const BULK_COUNT = 10_000;
const ENGINE_CALLS = 2000;
const EXPORT_COUNT = 100_000;
const OUTAGE_MS = 10_000;
const DEMO_ROUNDS = 12; // 5 page changes each: about as many as the 60-question form's one pass.
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
const perSecond = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('en-GB')}/s`;

const dist = resolve(import.meta.dirname, '../dist');
console.log('## First visit: what a resident downloads\n');
console.log('| what | raw | gzip -9 | brotli |');
console.log('| --- | ---: | ---: | ---: |');
const bundle = measureBundle(dist);
for (const row of bundle) {
  console.log(`| ${row.what} | ${kib(row.raw)} | ${kib(row.gzip)} | ${kib(row.brotli)} |`);
}

console.log('\n## A kiosk switched on offline\n');
printKioskStart(await measureKioskStart(5, dist));

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

console.log('\n## Form engine: a 60-question form against the 5-question demo form (baseline)\n');
const engine = measureFormEngine(ENGINE_CALLS);
console.log(`In Node, µs per call (median of 3 rounds of ${ENGINE_CALLS.toLocaleString('en-GB')} calls):\n`);
console.log('| call | 60 questions | demo, 5 questions (baseline) | ratio |');
console.log('| --- | ---: | ---: | ---: |');
for (const [call, key] of [
  ['validateResponse (shape, logic, every answer)', 'validateUs'],
  ['screens(form, answers)', 'screensUs'],
] as const) {
  const [sixty, demo] = [engine.sixty[key], engine.demo[key]];
  console.log(`| ${call} | ${sixty.toFixed(1)} µs | ${demo.toFixed(1)} µs | ${(sixty / demo).toFixed(1)}× |`);
}
const changes = await measurePageChanges(DEMO_ROUNDS);
console.log("\nPage change in Chromium, Continue click to the next screen's h1 in the DOM, timed in the page:\n");
console.log('| form | page changes | p50 | p95 | max |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const changeRow = (form: string, ms: number[]) =>
  console.log(
    `| ${form} | ${ms.length} | ${[50, 95, 100].map((p) => `${percentile(ms, p).toFixed(1)} ms`).join(' | ')} |`,
  );
changeRow('60 questions (goal: under 16 ms)', changes.sixtyMs);
changeRow(`demo, 5 questions, ${DEMO_ROUNDS} passes (baseline)`, changes.demoMs);
const ratios = [50, 95, 100].map((p) => (percentile(changes.sixtyMs, p) / percentile(changes.demoMs, p)).toFixed(2));
console.log(`| ratio 60 / demo | | ${ratios.map((r) => `${r}×`).join(' | ')} |`);
const mainJs = bundle.find((row) => row.what === 'Page JavaScript on first visit');
const main = new Set(firstVisitScripts(dist).map((file) => `/${file}`));
const lazy = changes.lazyScripts.filter((path) => !main.has(path));
console.log('\n| JavaScript for the form path | gzip -9 | files |');
console.log('| --- | ---: | --- |');
console.log(
  `| main bundle: list, start page, question screens, check answers (App.tsx imports them statically) | ${mainJs ? kib(mainJs.gzip) : '?'} | ${[...main].join(', ')} |`,
);
const lazyBytes = Buffer.concat(lazy.map((path) => readFileSync(join(dist, path))));
const lazyGzip = lazy.length ? kib(gzipSync(lazyBytes, { level: 9 }).length) : '0';
console.log(`| lazy chunks fetched while going through both forms | ${lazyGzip} | ${lazy.join(', ') || 'none'} |`);

console.log(`\n## Export of ${EXPORT_COUNT.toLocaleString('en-GB')} responses from the endpoint process\n`);
printExportBench(await measureExports(EXPORT_COUNT, ROUNDS));

console.log(
  `\n## From the endpoint's return to a waiting response stored, per engine (${ROUNDS} rounds, ${OUTAGE_MS / 1000} s outage each)\n`,
);
console.log(
  "No button, no reload: only the open page's send timer (with backoff) and the worker notice the endpoint.\n",
);
console.log(
  '| engine | arrival, median (each round) | backoff left at return (baseline), median | arrival − backoff, median |',
);
console.log('| --- | ---: | ---: | ---: |');
for (const engine of ['chromium', 'firefox', 'webkit'] as const) {
  const arrivals = await measureArrival(engine, ROUNDS, OUTAGE_MS);
  const each = arrivals.map((run) => (run.arrivalMs / 1000).toFixed(2)).join(', ');
  const added = median(arrivals.map((run) => run.arrivalMs - run.backoffLeftMs));
  console.log(
    `| ${engine} | ${(median(arrivals.map((run) => run.arrivalMs)) / 1000).toFixed(2)} s (${each}) | ${(median(arrivals.map((run) => run.backoffLeftMs)) / 1000).toFixed(2)} s | ${(added / 1000).toFixed(2)} s |`,
  );
}
