import { officerFetch } from '../officer-api.ts';
import { rowCounterFor } from './export-row-counter.ts';

export type ExportFormat = 'csv' | 'xlsx' | 'json';

/** How far a download has come: responses counted (CSV and JSON) or only bytes (XLSX). */
export interface ExportProgress {
  /** Responses matching the filters (`X-Chorus-Total`), or null when the endpoint did not say. */
  total: number | null;
  /** Responses received so far, or null where the format cannot be counted in flight. */
  rows: number | null;
  bytes: number;
}

export interface ExportFile {
  blob: Blob;
  filename: string;
  rows: number | null;
  total: number | null;
}

/** Why a download did not finish, with what the page needs to say so. */
export type ExportFailure =
  | { code: 'cancelled' | 'offline' | 'interrupted' | 'signed-out' }
  | { code: 'refused'; status: number; apiCode: string; message: string };

export class ExportFailed extends Error {
  constructor(readonly failure: ExportFailure) {
    super(failure.code);
  }
}

/**
 * Downloads an export with fetch and reads it as a stream, reporting progress as the chunks arrive, then
 * hands back the whole file as a Blob for the page to save. `signal` cancels it (nothing is saved).
 */
export async function downloadExport(
  path: string,
  format: ExportFormat,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportFile> {
  let reply: Response;
  try {
    reply = await officerFetch(path, { signal });
  } catch {
    throw new ExportFailed({ code: signal.aborted ? 'cancelled' : 'offline' });
  }
  if (reply.status === 401) throw new ExportFailed({ code: 'signed-out' });
  if (!reply.ok || !reply.body) {
    const body = (await reply.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ExportFailed({
      code: 'refused',
      status: reply.status,
      apiCode: body?.error?.code ?? 'unknown',
      message: body?.error?.message ?? `The endpoint answered ${reply.status}.`,
    });
  }

  const totalHeader = reply.headers.get('X-Chorus-Total');
  const total = totalHeader !== null && /^\d+$/.test(totalHeader) ? Number(totalHeader) : null;
  const counter = rowCounterFor(format);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  onProgress({ total, rows: counter ? 0 : null, bytes });
  const reader = reply.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      counter?.push(value);
      onProgress({ total, rows: counter ? counter.rows : null, bytes });
    }
  } catch {
    throw new ExportFailed({ code: signal.aborted ? 'cancelled' : 'interrupted' });
  }
  const type = reply.headers.get('Content-Type') ?? 'application/octet-stream';
  return {
    blob: new Blob(chunks, { type }),
    filename: filenameOf(reply.headers.get('Content-Disposition')) ?? `chorus-export.${format}`,
    rows: counter ? counter.rows : total,
    total,
  };
}

/** The file name from `attachment; filename="chorus-x-2026-11-30.csv"`, kept to safe characters. */
export function filenameOf(disposition: string | null): string | null {
  const name = disposition?.match(/filename="?([^";]+)"?/)?.[1];
  return name ? name.replace(/[^\w.-]/g, '_') : null;
}
