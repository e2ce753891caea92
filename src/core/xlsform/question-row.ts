import type { ChoiceLists } from './xlsform-choices.ts';
import type { ReportLine, Table } from './xlsform-sheets.ts';

/** One survey row that asks something, with what the survey reader already worked out. */
export interface QuestionRow {
  number: number;
  cells: string[];
  /** The type cell split into words: ["select_one", "colours", "or_other"]. */
  type: string[];
  name: string;
  id: string;
}

export interface QuestionContext {
  table: Table;
  defaultLanguage: string;
  /** null when the choices sheet could not be read (already reported). */
  lists: ChoiceLists | null;
  line(row: number, column: string, severity: ReportLine['severity'], message: string): void;
  /** An id no question has yet, built from `wanted`. */
  freeId(wanted: string): string;
}
