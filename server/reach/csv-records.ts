/** One CSV record and the line of the file it starts on (1-based), for error messages a person can follow. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvRecords = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Reads CSV text as spreadsheets write it (RFC 4180): fields quoted when they hold a comma, quote or line
 * break, quotes doubled inside; lines end in CRLF or LF. Kept here rather than taken from a library because a
 * baseline is a few dozen lines and every error must name the line it is on, including inside quoted fields
 * that span lines. Blank lines are skipped; a byte order mark is the caller's to remove.
 */
export function readCsvRecords(text: string): CsvRecords {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const quote = text.indexOf('"', i);
          if (quote === -1)
            return { ok: false, line: start, message: 'A quoted value is never closed (a " is missing).' };
          const part = text.slice(i, quote);
          line += part.split('\n').length - 1;
          cell += part;
          i = quote + 1;
          if (text[i] !== '"') break;
          cell += '"';
          i++;
        }
        if (i < text.length && !/[,\r\n]/.test(text[i] ?? '')) {
          return { ok: false, line, message: 'Text follows a quoted value; put the whole value inside the quotes.' };
        }
      } else {
        const end = text.slice(i).search(/[,\r\n]/);
        const stop = end === -1 ? text.length : i + end;
        cell = text.slice(i, stop);
        if (cell.includes('"')) {
          return {
            ok: false,
            line,
            message: 'A " inside a value that is not quoted; quote the value and double the ".',
          };
        }
        i = stop;
      }
      cells.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    if (!(cells.length === 1 && cells[0]?.trim() === '')) records.push({ line: start, cells });
    line++;
  }
  return { ok: true, records };
}
