const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BRACE = 0x7b;

/** Counts the responses in an export as its bytes arrive, without decoding or keeping them. */
export interface RowCounter {
  /** Feed the next chunk, as it came off the network. */
  push(chunk: Uint8Array): void;
  /** Responses seen so far. */
  readonly rows: number;
}

/**
 * A counter for the formats whose rows can be told apart in flight, or null (XLSX is a zip: only its
 * bytes can be counted). Byte values are enough: a newline, a quote and "{" never occur inside a UTF-8
 * multi-byte character.
 */
export function rowCounterFor(format: string): RowCounter | null {
  if (format === 'csv') return csvRowCounter();
  if (format === 'json') return jsonRowCounter();
  return null;
}

/**
 * CSV (server/csv.ts, RFC 4180): a record ends at a newline outside quotes; a quoted cell may hold
 * newlines of its own, and a doubled quote inside one toggles twice, so it changes nothing. The first
 * record is the header.
 */
export function csvRowCounter(): RowCounter {
  let quoted = false;
  let records = 0;
  return {
    push(chunk) {
      for (const byte of chunk) {
        if (byte === QUOTE) quoted = !quoted;
        else if (byte === NEWLINE && !quoted) records++;
      }
    },
    get rows() {
      return Math.max(0, records - 1);
    },
  };
}

/**
 * JSON (server/exports/json-export.ts): each response is written on a line of its own, starting with "{";
 * JSON.stringify escapes any newline inside a string, so a newline followed by "{" starts a response.
 */
export function jsonRowCounter(): RowCounter {
  let afterNewline = false;
  let rows = 0;
  return {
    push(chunk) {
      for (const byte of chunk) {
        if (afterNewline && byte === BRACE) rows++;
        afterNewline = byte === NEWLINE;
      }
    },
    get rows() {
      return rows;
    },
  };
}
