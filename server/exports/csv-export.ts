import { csvLine } from '../csv.ts';
import type { StoredResponse } from '../store/store.ts';
import type { ExportRequest } from './export-request.ts';
import { exportedQuestions, headerCells, rowCellsFor } from './response-cells.ts';

/**
 * The CSV body: a byte-order mark, the header, then one line per response (columns in response-cells.ts),
 * read from `pages` only as fast as the client takes them.
 */
export function csvExport(request: ExportRequest, pages: AsyncIterable<StoredResponse[]>): ReadableStream<Uint8Array> {
  const questions = exportedQuestions(request.versions);
  const rowCells = rowCellsFor(request.versions, questions);
  const next = pages[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // The byte-order mark lets Excel read accents and non-Latin scripts as UTF-8.
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(headerCells(questions))}`));
    },
    async pull(controller) {
      const page = await next.next();
      if (page.done) controller.close();
      else controller.enqueue(encoder.encode(page.value.map((r) => csvLine(rowCells(r))).join('')));
    },
    async cancel() {
      await next.return?.();
    },
  });
}
