import type { EventEmitter } from 'node:events';
import { PassThrough, Readable, type Writable } from 'node:stream';
import type { Question } from '../../src/core/form.ts';
import type { StoredResponse } from '../store/store.ts';
import { CODEBOOK_COLUMNS, codebookRows } from './codebook.ts';
import type { ExportRequest } from './export-request.ts';
import { neutraliseFormula } from './neutralise-formula.ts';
import { type Cell, type ExportedQuestion, exportedQuestions, headerCells, rowCellsFor } from './response-cells.ts';

const META_WIDTHS = [38, 14, 26, 26, 20, 10, 10, 30, 8, 38, 12, 14, 30];
const CODEBOOK_WIDTHS = [20, 50, 16, 10, 45, 35, 45, 12];
/** Rows written between pauses for the zip and the client: few, so little waits in memory at any time. */
const ROWS_PER_PAUSE = 50;

/**
 * The XLSX body: a "Responses" sheet (the CSV's columns and cells, numbers as numbers, header row frozen)
 * and a "Codebook" sheet (codebook.ts). exceljs's streaming writer zips rows as they are committed, and
 * rows are written only while the zip and the client keep up, so the workbook is never whole in memory.
 *
 * Shared strings stay off: they would keep every distinct answer in memory until the end. Styles stay off
 * too (so no bold header or wrapped codebook cells): exceljs builds a style for every cell, which made a
 * 100,000-row export twice as slow and its peak memory about 30 MB higher (bench/export-bench.ts).
 */
export function xlsxExport(request: ExportRequest, pages: AsyncIterable<StoredResponse[]>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeWorkbook(out, request, pages).catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}

async function writeWorkbook(out: PassThrough, request: ExportRequest, pages: AsyncIterable<StoredResponse[]>) {
  // Loaded on the first XLSX export: exceljs and its zip library add 15 MB or more to any process that
  // holds them, and most endpoints only ever sync.
  const { default: ExcelJS } = await import('exceljs');
  const questions = exportedQuestions(request.versions);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const frozenHeader = { views: [{ state: 'frozen' as const, ySplit: 1 }] };
  const responses = workbook.addWorksheet('Responses', frozenHeader);
  const codebook = workbook.addWorksheet('Codebook', frozenHeader);

  // The codebook is small: written first, it waits in the zip's queue behind the responses sheet.
  codebook.columns = CODEBOOK_WIDTHS.map((width) => ({ width }));
  codebook.addRow([...CODEBOOK_COLUMNS]).commit();
  for (const row of codebookRows(request.versions, questions)) codebook.addRow(row.map(xlsxValue)).commit();
  codebook.commit();

  responses.columns = [...META_WIDTHS, ...questions.map(questionWidth)].map((width) => ({ width }));
  responses.addRow(headerCells(questions)).commit();
  const rowCells = rowCellsFor(request.versions, questions);
  let written = 0;
  for await (const page of pages) {
    for (const response of page) {
      responses.addRow(rowCells(response).map(xlsxValue)).commit();
      if (++written % ROWS_PER_PAUSE !== 0) continue;
      await roomToWrite(out, zipInputs(responses));
      if (out.destroyed) return; // The client went away.
    }
  }
  responses.commit();
  await workbook.commit();
}

/**
 * Strings as text, neutralised as in the CSV: exceljs never writes a string as a formula, but a cell copied
 * out of the sheet, or the sheet saved as CSV, would run it. Numbers as numbers. No answer leaves the cell
 * out altogether (undefined) rather than writing a null cell: exceljs keeps an object for every cell of a row
 * until the zip takes it, and most metadata columns are empty on most rows.
 */
function xlsxValue(cell: Cell): string | number | undefined {
  if (cell === null) return undefined;
  return typeof cell === 'string' ? neutraliseFormula(cell) : cell;
}

function questionWidth({ question }: ExportedQuestion): number {
  return Math.max(question.id.length + 2, TYPE_WIDTHS[question.type]);
}

const TYPE_WIDTHS: Record<Question['type'], number> = {
  info: 0,
  single: 22,
  multiple: 30,
  ranking: 30,
  points: 30,
  text: 40,
  longtext: 60,
  number: 10,
  scale: 8,
  date: 12,
  yesno: 8,
  consent: 8,
  'postcode-district': 10,
};

/**
 * exceljs hands a sheet's XML to the zip without waiting: its StreamBuf ignores `write()` returning false.
 * So when rows come faster than they are deflated, they pile up uncompressed in the zip's input (in a
 * 100,000-row export, most of the file's XML). The zip's inputs are the sheet stream's `pipes`, an exceljs
 * internal that xlsx-export.test.ts checks is still there.
 */
export function zipInputs(sheet: object): Writable[] {
  const stream = (sheet as { stream?: { pipes?: unknown } }).stream;
  return Array.isArray(stream?.pipes) ? stream.pipes : [];
}

/**
 * Yields to the event loop (so the zip deflates and other requests are served between batches), then waits
 * until the zip has taken in what was written and the client has taken what the zip made, or the client
 * has gone away.
 */
async function roomToWrite(out: PassThrough, inputs: Writable[]): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  for (const stream of [...inputs, out]) {
    while (needsDrain(stream) && !stream.destroyed && !out.destroyed) {
      await firstOf([stream, 'drain'], [stream, 'close'], [out, 'close']);
    }
  }
}

/** The zip's streams come from the readable-stream package, whose old Writable lacks `writableNeedDrain`. */
export function needsDrain(stream: Writable): boolean {
  const state = (stream as { _writableState?: { needDrain?: boolean } })._writableState;
  return stream.writableNeedDrain ?? state?.needDrain ?? false;
}

function firstOf(...events: [EventEmitter, string][]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const [emitter, event] of events) emitter.off(event, done);
      resolve();
    };
    for (const [emitter, event] of events) emitter.on(event, done);
  });
}
