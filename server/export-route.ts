import { type Context, Hono } from 'hono';
import { apiError } from './api-error.ts';
import { csvExport } from './exports/csv-export.ts';
import { type ExportRequest, isExportRequestError, readExportRequest } from './exports/export-request.ts';
import { jsonExport } from './exports/json-export.ts';
import { xlsxExport } from './exports/xlsx-export.ts';
import type { Store, StoredResponse } from './store/store.ts';

interface ExportFormat {
  contentType: string;
  body(request: ExportRequest, pages: AsyncIterable<StoredResponse[]>, now: Date): ReadableStream<Uint8Array>;
}

const FORMATS: Record<'csv' | 'xlsx' | 'json', ExportFormat> = {
  csv: { contentType: 'text/csv; charset=utf-8', body: csvExport },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: xlsxExport },
  json: { contentType: 'application/json; charset=utf-8', body: jsonExport },
};

/**
 * `GET /api/responses.csv`, `.xlsx` and `.json`: the responses to one form, filtered by the query
 * (exports/export-request.ts: form, version, from, to, event, channel, language), streamed page by page
 * from the store. The CSV and the XLSX "Responses" sheet share their columns and cells
 * (exports/response-cells.ts); the XLSX adds a codebook; the JSON holds the form versions and the
 * responses as stored.
 */
export function exportRoute(store: Store): Hono {
  const route = new Hono();
  for (const [extension, format] of Object.entries(FORMATS)) {
    route.get(`/responses.${extension}`, (c) => exportResponses(c, store, extension, format));
  }
  return route;
}

async function exportResponses(c: Context, store: Store, extension: string, format: ExportFormat) {
  const request = await readExportRequest(new URL(c.req.url).searchParams, store, c.req.path);
  if (isExportRequestError(request)) return apiError(c, request.status, request.code, request.message);
  const now = new Date();
  const filename = `chorus-${request.formId}-${now.toISOString().slice(0, 10)}.${extension}`;
  // How many responses follow, so a page can show how far a long download has got.
  const total = await store.countMatching(request.responseFilter);
  return c.body(format.body(request, store.findResponses(request.responseFilter), now), 200, {
    'Content-Type': format.contentType,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
    'X-Chorus-Total': String(total),
  });
}
