import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { demoResponses } from '../tests/support/demo-responses.ts';
import { addOfficer } from '../tests/support/officers.ts';
import { ENDPOINT, ServerProcess } from '../tests/support/server-process.ts';
import { childProcessIds, processMemory } from './process-memory.ts';
import { median } from './stats.ts';

const FORMATS = ['csv', 'xlsx', 'json'] as const;
const FORM_ID = 'shape-services'; // The demo form every endpoint publishes on start.

export interface ExportRun {
  format: (typeof FORMATS)[number];
  /** From the request until the last byte arrived. */
  ms: number;
  bytes: number;
  /** Response rows read back from the file (CSV lines, XLSX sheet rows, JSON array items). */
  rows: number;
  /** The endpoint process's resident memory just before the export, and the most it held by the end. */
  idleRss: number;
  peakRss: number;
}

export interface ExportBench {
  count: number;
  /** Each format `rounds` times, each from a freshly started endpoint. */
  runs: ExportRun[];
  /** Baseline: better-sqlite3 reading the same rows with `SELECT *`, no HTTP, no formatting (median). */
  selectMs: number;
}

/**
 * Officers' exports of `count` responses from the real endpoint process: seeded straight into its SQLite
 * file in one transaction, then each format fetched from a freshly started process, so the kernel's
 * high-water mark of its resident memory (VmHWM) is that one export's peak. Rounds go CSV, XLSX, JSON,
 * CSV, ...: the peak depends on when V8 happens to collect, so one round can mislead.
 */
export async function measureExports(count: number, rounds: number): Promise<ExportBench> {
  const server = await ServerProcess.start();
  try {
    seed(server.databasePath, count);
    const cookie = await signIn(server);
    const selectMs = median(Array.from({ length: rounds }, () => timeSelectAll(server.databasePath, count)));
    const runs: ExportRun[] = [];
    for (const format of Array.from({ length: rounds }, () => FORMATS).flat()) {
      await server.restart();
      const pid = endpointPid();
      const idleRss = processMemory(pid).rss;
      const start = performance.now();
      const reply = await fetch(`${server.url}/api/responses.${format}?form=${FORM_ID}`, {
        headers: { Cookie: cookie },
      });
      if (!reply.ok) throw new Error(`The ${format} export answered ${reply.status}: ${await reply.text()}`);
      const body = Buffer.from(await reply.arrayBuffer());
      const ms = performance.now() - start;
      const { peak } = processMemory(pid);
      const rows = await countRows(format, body);
      if (rows !== count) throw new Error(`The ${format} export held ${rows} responses, not ${count}.`);
      runs.push({ format, ms, bytes: body.length, rows, idleRss, peakRss: peak });
    }
    return { count, runs, selectMs };
  } finally {
    await server.dispose();
  }
}

/** An officer's session cookie (sessions are kept in the database, so it outlives the restarts). */
async function signIn(server: ServerProcess): Promise<string> {
  const { email, password } = await addOfficer(server.databasePath, { role: 'officer' });
  const reply = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!reply.ok) throw new Error(`Signing in failed: ${reply.status}`);
  return (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

function endpointPid(): number {
  const [pid, ...others] = childProcessIds(ENDPOINT);
  if (pid === undefined || others.length > 0) throw new Error('Expected exactly one endpoint process.');
  return pid;
}

/** demoResponses written as the endpoint writes them (sqlite-store.ts), in one transaction. */
function seed(databasePath: string, count: number): void {
  const db = new Database(databasePath);
  try {
    const insert = db.prepare(
      `INSERT INTO responses (id, form_id, form_version, device_id, channel, language, event, submitted_at,
         received_at, answers, content_hash)
       VALUES (@id, @formId, @formVersion, @deviceId, @channel, @language, @event, @submittedAt, @receivedAt,
         @answers, @contentHash)`,
    );
    const receivedAt = new Date().toISOString();
    db.transaction(() => {
      for (const response of demoResponses(count, 'bench-device')) {
        insert.run({
          ...response,
          event: 'Newbury Library, coffee morning',
          answers: JSON.stringify(response.answers),
          receivedAt,
          contentHash: createHash('sha256').update(JSON.stringify(response)).digest('hex'),
        });
      }
    })();
  } finally {
    db.close();
  }
}

function timeSelectAll(databasePath: string, count: number): number {
  const db = new Database(databasePath, { readonly: true });
  try {
    const start = performance.now();
    const rows = db.prepare('SELECT * FROM responses WHERE form_id = ?').all(FORM_ID);
    const ms = performance.now() - start;
    if (rows.length !== count) throw new Error(`SELECT * read ${rows.length} rows, not ${count}.`);
    return ms;
  } finally {
    db.close();
  }
}

async function countRows(format: ExportRun['format'], body: Buffer): Promise<number> {
  if (format === 'json') return JSON.parse(body.toString('utf8')).responses.length;
  if (format === 'csv') {
    // The demo answers hold commas and quotes but no line breaks, so each line is one record.
    return (
      body
        .toString('utf8')
        .split('\r\n')
        .filter((line) => line !== '').length - 1
    );
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([body]), {});
  for await (const sheet of reader) {
    let rows = 0;
    for await (const _row of sheet) rows++;
    return rows - 1; // The first sheet is Responses; its first row is the header.
  }
  return 0;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Prints the bench's markdown table. */
export function printExportBench({ count, runs, selectMs }: ExportBench): void {
  const perSecond = (ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('en-GB')}/s`;
  const rounds = runs.filter((run) => run.format === 'csv').length;
  console.log(`Medians of ${rounds} rounds, each export from a freshly started endpoint; peak RSS also the highest.\n`);
  console.log(
    '| export | time | rows/s | size | endpoint RSS idle | peak RSS, median / highest (goal < 150 MB) | ÷ SELECT * |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const format of FORMATS) {
    const mine = runs.filter((run) => run.format === format);
    const ms = median(mine.map((run) => run.ms));
    const peaks = mine.map((run) => run.peakRss);
    console.log(
      `| ${format.toUpperCase()} | ${(ms / 1000).toFixed(2)} s | ${perSecond(ms)} | ${mb(mine[0]?.bytes ?? 0)} | ` +
        `${mb(median(mine.map((run) => run.idleRss)))} | ${mb(median(peaks))} / ${mb(Math.max(...peaks))} | ` +
        `${(ms / selectMs).toFixed(1)}× |`,
    );
  }
  console.log(
    `| baseline: better-sqlite3 \`SELECT *\` of the same rows | ${selectMs.toFixed(0)} ms | ${perSecond(selectMs)} | | | | 1× |`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.env.BENCH_EXPORT_COUNT ?? 100_000);
  console.log(`## Export of ${count.toLocaleString('en-GB')} responses from the endpoint process\n`);
  printExportBench(await measureExports(count, Number(process.env.BENCH_ROUNDS ?? 3)));
}
