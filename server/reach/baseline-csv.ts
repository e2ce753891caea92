import { PREFER_NOT_TO_SAY } from '../../src/core/equality/equality-block.ts';
import { EQUALITY_MEASURES, type EqualityMeasure } from '../../src/core/equality/equality-measures.ts';
import type { BaselineRow } from '../store/access-records.ts';
import { readCsvRecords } from './csv-records.ts';

/** A problem in a baseline file: the line it is on (null for the file as a whole) and what to do. */
export interface BaselineProblem {
  line: number | null;
  message: string;
}

export type BaselineParse = { ok: true; rows: BaselineRow[] } | { ok: false; problems: BaselineProblem[] };

/** Shares of one question may add to 100 ± this many points: published percentages are rounded. */
export const SUM_TOLERANCE_POINTS = 1;
const MOST_PROBLEMS_LISTED = 50;

/**
 * Reads a population baseline: CSV with a header row `question,category,share`, or `category,share` when
 * every category names one question's alone. `question` is a measure of the equality block (age, sex,
 * ethnic-group, disability, religion) and `category` one of its Census categories, each by its code or
 * its name ("black" or "Black, Black British, Black Welsh, Caribbean or African"; any case). `share` is the
 * area's share in percent (0 to 100, "12.5" or "12.5%") or as a fraction (0 to 1): a file whose shares
 * are all 1 or less, none with "%", is read as fractions. Each question's shares must add to about 100%.
 * Blank lines, and lines starting with "#" (notes, such as where the figures come from), are skipped.
 *
 * Every problem is listed with its line; the rows come back only when there are none, as fractions.
 */
export function parseBaselineCsv(text: string): BaselineParse {
  const read = readCsvRecords(text.replace(/^\uFEFF/, ''));
  if (!read.ok) return fail([{ line: read.line, message: read.message }]);
  const records = read.records.filter((r) => !(r.cells[0] ?? '').trimStart().startsWith('#'));
  const [header, ...data] = records;
  if (!header)
    return fail([{ line: null, message: 'The file has no rows. Its first row must be: question,category,share' }]);

  const columns = header.cells.map(normalise);
  const headerProblem = checkHeader(columns);
  if (headerProblem) return fail([{ line: header.line, message: headerProblem }]);
  const at = (name: string) => columns.indexOf(name);
  if (data.length === 0) return fail([{ line: null, message: 'The file has a header row but no shares under it.' }]);

  const problems: BaselineProblem[] = [];
  const rows: { line: number; measure: EqualityMeasure; category: string; share: number; percent: boolean }[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of data) {
    if (cells.length !== columns.length) {
      problems.push({
        line,
        message: `Expected ${columns.length} values (${columns.join(', ')}), found ${cells.length}.`,
      });
      continue;
    }
    const place = placeCategory(
      at('question') === -1 ? undefined : (cells[at('question')] ?? ''),
      cells[at('category')] ?? '',
    );
    if ('problem' in place) {
      problems.push({ line, message: place.problem });
      continue;
    }
    const share = readShare(cells[at('share')] ?? '');
    if ('problem' in share) {
      problems.push({ line, message: share.problem });
      continue;
    }
    const key = `${place.measure.id}/${place.category}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      problems.push({
        line,
        message: `${describe(place.measure, place.category)} is given again (first on line ${earlier}).`,
      });
      continue;
    }
    firstLine.set(key, line);
    rows.push({ line, ...place, ...share });
  }
  if (problems.length > 0) return fail(problems);

  // A file is in percent or in fractions throughout; fractions never exceed 1 and never carry "%".
  const percent = rows.some((r) => r.percent || r.share > 1);
  if (percent) {
    for (const row of rows.filter((r) => r.share > 100))
      problems.push({ line: row.line, message: `A share is at most 100%; this one is ${row.share}.` });
  }
  for (const measure of EQUALITY_MEASURES) {
    const given = rows.filter((r) => r.measure === measure);
    if (given.length === 0) continue;
    const sum = given.reduce((total, r) => total + (percent ? r.share : r.share * 100), 0);
    if (Math.abs(sum - 100) > SUM_TOLERANCE_POINTS) {
      const lines = given.map((r) => r.line);
      problems.push({
        line: lines[0] ?? null,
        message: `The shares for ${measure.id} (lines ${lines.join(', ')}) add to ${round(sum)}%, not about 100%. ${
          percent ? 'Give them in percent (0 to 100)' : 'Give them as fractions (0 to 1)'
        } of the people who answered, all in one way in the file.`,
      });
    }
  }
  if (problems.length > 0) return fail(problems);
  return {
    ok: true,
    rows: rows.map((r) => ({ question: r.measure.id, category: r.category, share: percent ? r.share / 100 : r.share })),
  };
}

function checkHeader(columns: string[]): string | null {
  const expected = 'Its first row must be "question,category,share" (or "category,share").';
  const unknown = columns.find((c) => !['question', 'category', 'share'].includes(c));
  if (unknown !== undefined) return `Unknown column "${unknown}". ${expected}`;
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice !== undefined) return `The column "${twice}" is given twice. ${expected}`;
  if (!columns.includes('category') || !columns.includes('share')) return `A column is missing. ${expected}`;
  return null;
}

type Placed = { measure: EqualityMeasure; category: string } | { problem: string };

/** Which measure and category a row's words name (by code, or by name in any case). */
function placeCategory(questionText: string | undefined, categoryText: string): Placed {
  const category = normalise(categoryText);
  if (!category) return { problem: 'The category is blank.' };
  if (isNonResponse(category))
    return {
      problem: `"${categoryText.trim()}" is not a population category: leave it out, and give the shares of the people who answered.`,
    };
  if (questionText === undefined) {
    const matches = EQUALITY_MEASURES.flatMap((measure) =>
      measure.categories.filter((c) => names(c).includes(category)).map((c) => ({ measure, category: c.value })),
    );
    const [match, second] = matches;
    if (!match) return { problem: `Unknown category "${categoryText.trim()}". ${knownCategories()}` };
    if (second)
      return {
        problem: `"${categoryText.trim()}" is a category of both ${match.measure.id} and ${second.measure.id}; add a "question" column to say which.`,
      };
    return match;
  }
  const question = normalise(questionText);
  const measure = EQUALITY_MEASURES.find(
    (m) => m.id === question || `equality-${m.id}` === question || normalise(m.label.en ?? '') === question,
  );
  if (!measure)
    return {
      problem: `Unknown question "${questionText.trim()}": use one of ${EQUALITY_MEASURES.map((m) => m.id).join(', ')}.`,
    };
  const found = measure.categories.find((c) => names(c).includes(category));
  if (!found)
    return {
      problem: `"${categoryText.trim()}" is not a category of ${measure.id}; its categories are ${measure.categories.map((c) => c.value).join(', ')}.`,
    };
  return { measure, category: found.value };
}

function readShare(text: string): { share: number; percent: boolean } | { problem: string } {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const digits = (percent ? trimmed.slice(0, -1) : trimmed).trim();
  if (/^-\s*[\d.]/.test(digits)) return { problem: `The share "${trimmed}" is below 0; a share is 0 or more.` };
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(digits)) {
    const hint = /^\d+,\d+$/.test(digits) ? ' Write decimals with a full stop (12.5), not a comma.' : '';
    return {
      problem: `The share "${trimmed}" is not a number.${hint} Give a percentage (0 to 100) or a fraction (0 to 1).`,
    };
  }
  return { share: Number(digits), percent };
}

function isNonResponse(category: string): boolean {
  return ['not answered', 'no answer', 'prefer not to say', PREFER_NOT_TO_SAY, 'not-answered'].includes(category);
}

function names(category: { value: string; label: Record<string, string> }): string[] {
  return [category.value, ...Object.values(category.label).map(normalise)];
}

function knownCategories(): string {
  return `Categories are: ${EQUALITY_MEASURES.map((m) => `${m.id}: ${m.categories.map((c) => c.value).join(', ')}`).join('; ')}.`;
}

function describe(measure: EqualityMeasure, category: string): string {
  return `The share for ${measure.id} "${category}"`;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function fail(problems: BaselineProblem[]): BaselineParse {
  if (problems.length <= MOST_PROBLEMS_LISTED) return { ok: false, problems };
  const more = problems.length - MOST_PROBLEMS_LISTED;
  return {
    ok: false,
    problems: [...problems.slice(0, MOST_PROBLEMS_LISTED), { line: null, message: `…and ${more} more problems.` }],
  };
}
