/**
 * A strict RFC 4180 reader for tests: CRLF between records, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled inside. Written here rather than taken from the exporter, so a test that
 * reads the export back does not share the exporter's mistakes. Throws on anything malformed.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error(`Unclosed quote in the field starting before ${i}.`);
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i++;
      }
    } else {
      const end = text.slice(i).search(/[,\r\n"]/);
      const stop = end === -1 ? text.length : i + end;
      if (text[stop] === '"') throw new Error(`A quote inside an unquoted field at ${stop}.`);
      field = text.slice(i, stop);
      i = stop;
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    records.push(record);
    record = [];
    if (i >= text.length) return records;
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`Expected CRLF after a record at ${i}.`);
    i += 2;
    if (i >= text.length) return records;
  }
}
