import { languageCode } from './xlsform-languages.ts';

/** A workbook as its sheets' rows of cell text, by sheet name; the first row of each sheet is its header. */
export type Sheets = Record<string, string[][]>;

/**
 * One line of an import report. An `error` stops the import (the sheets are malformed: nothing could be
 * built safely); a `warning` says what was not carried over, or was changed, and why. Rows are numbered as
 * a spreadsheet shows them (the header is row 1).
 */
export interface ReportLine {
  severity: 'error' | 'warning';
  sheet: string;
  row?: number;
  column?: string;
  message: string;
}

/** A header cell read: `label::Cymraeg (cy)` is the column `label` in "cy"; `label` has no language. */
export interface Column {
  index: number;
  header: string;
  base: string;
  /** The language tag, undefined for a column without one, null for a language name we cannot read. */
  language?: string | null;
}

export function readHeader(header: string, index: number): Column {
  const parts = header.split('::').map((part) => part.trim());
  const media = parts[0]?.toLowerCase() === 'media' && parts.length > 1;
  const base = (media ? `media::${parts[1]}` : (parts[0] ?? '')).toLowerCase().replace(/\s+/g, '_');
  const languagePart = media ? parts[2] : parts[1];
  if (languagePart === undefined) return { index, header, base };
  return { index, header, base, language: languageCode(languagePart) ?? null };
}

/** A sheet's rows with their spreadsheet row numbers, blank rows left out, cells trimmed. */
export class Table {
  readonly columns: Column[];
  readonly rows: { number: number; cells: string[] }[];

  constructor(
    readonly sheet: string,
    rows: string[][],
  ) {
    this.columns = (rows[0] ?? []).map((cell, index) => readHeader(String(cell ?? '').trim(), index));
    this.rows = rows
      .slice(1)
      .map((cells, i) => ({ number: i + 2, cells: cells.map((cell) => String(cell ?? '').trim()) }))
      .filter((row) => row.cells.some((cell) => cell !== ''));
  }

  has(base: string): boolean {
    return this.columns.some((c) => c.base === base);
  }

  /** The cell of the column `base` without a language, or else in the default language. */
  cell(cells: string[], base: string, defaultLanguage?: string): string {
    const plain = this.columns.find((c) => c.base === base && c.language === undefined);
    const value = plain ? (cells[plain.index] ?? '') : '';
    if (value !== '' || defaultLanguage === undefined) return value;
    const inDefault = this.columns.find((c) => c.base === base && c.language === defaultLanguage);
    return inDefault ? (cells[inDefault.index] ?? '') : '';
  }

  /** The column's text in every language given on this row; a column without a language is in `defaultLanguage`. */
  texts(cells: string[], base: string, defaultLanguage: string): Record<string, string> | undefined {
    const text: Record<string, string> = {};
    for (const column of this.columns) {
      if (column.base !== base || column.language === null) continue;
      const value = cells[column.index] ?? '';
      if (value !== '') text[column.language ?? defaultLanguage] ??= value;
    }
    return Object.keys(text).length > 0 ? text : undefined;
  }
}

/** An XLSForm name or choice value as a Chorus code: lower case, words joined by hyphens ("First_Name" → "first-name"). */
export function toCode(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[_\s.:]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
}
