import type { FormDefinition } from '../../src/core/form.ts';
import { ASSISTED_BY, type AssistedBy, CHANNELS, type Channel } from '../../src/core/response.ts';
import type { ResponseFilter, Store } from '../store/store.ts';

const PARAMETERS = [
  'form',
  'version',
  'from',
  'to',
  'event',
  'channel',
  'language',
  'batch',
  'partner',
  'assisted',
] as const;

/** The filters an export was asked for, as given (null: not given); the JSON export repeats them. */
export interface ExportFilters {
  version: number | null;
  /** First day, YYYY-MM-DD (UTC, as the submitted_at column shows it), inclusive. */
  from: string | null;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string | null;
  event: string | null;
  channel: Channel | null;
  language: string | null;
  /** Paper returns (issue 8): only the sheets keyed from this batch. */
  batch: string | null;
  /** Issue 8: the partner organisation exactly as stored; "none" for the council's own tablets. */
  partner: string | null;
  /** Issue 8: assisted sessions helped by staff, or by an interpreter. */
  assisted: AssistedBy | null;
}

/** What to export: the form versions the rows may answer (oldest first) and the filter the store applies. */
export interface ExportRequest {
  formId: string;
  versions: FormDefinition[];
  filters: ExportFilters;
  responseFilter: ResponseFilter;
}

export interface ExportRequestError {
  status: 400 | 404;
  code: string;
  message: string;
}

/**
 * Reads an export's query parameters: `form` (required), and optionally `version`, `from` and `to` (days,
 * inclusive, on submitted_at in UTC), `event`, `channel` and `language`, and (issue 8) `partner` ("none" for
 * the council's own tablets) and `assisted` (staff or interpreter). An empty parameter counts as not
 * given (a blank field in a search form); anything else wrong is refused with a message that says what.
 */
export async function readExportRequest(
  query: URLSearchParams,
  store: Pick<Store, 'listPublishedForms'>,
  path: string,
): Promise<ExportRequest | ExportRequestError> {
  for (const name of new Set(query.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      return bad('unknown-parameter', `Unknown parameter "${name}": this address takes ${list(PARAMETERS, 'and')}.`);
    }
    const given = query.getAll(name).length;
    if (given > 1) return bad('repeated-parameter', `Give "${name}" once; it was given ${given} times.`);
  }
  const value = (name: (typeof PARAMETERS)[number]) => query.get(name) || undefined;

  const formId = value('form');
  if (!formId) return bad('missing-form', `Say which form: ${path}?form=FORM_ID`);
  const published = (await store.listPublishedForms())
    .filter((f) => f.id === formId)
    .sort((a, b) => a.version - b.version);
  if (published.length === 0) {
    return { status: 404, code: 'unknown-form', message: `No form "${formId}" is published here.` };
  }

  const filters: ExportFilters = {
    version: null,
    from: null,
    to: null,
    event: null,
    channel: null,
    language: null,
    batch: null,
    partner: null,
    assisted: null,
  };
  const versionText = value('version');
  if (versionText !== undefined) {
    const known = list(
      published.map((f) => String(f.version)),
      'and',
    );
    if (!/^[1-9][0-9]{0,8}$/.test(versionText)) {
      return bad('bad-version', `"version" must be a whole number such as 1; "${versionText}" is not.`);
    }
    const version = Number(versionText);
    if (!published.some((f) => f.version === version)) {
      return bad('unknown-version', `Form "${formId}" has no version ${version}; its versions are ${known}.`);
    }
    filters.version = version;
  }
  for (const name of ['from', 'to'] as const) {
    const day = value(name);
    if (day === undefined) continue;
    const problem = dayProblem(name, day);
    if (problem) return bad('bad-date', problem);
    filters[name] = day;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    return bad('dates-reversed', `"from" (${filters.from}) is after "to" (${filters.to}), so nothing could match.`);
  }
  filters.event = value('event') ?? null;
  const channel = value('channel');
  if (channel !== undefined) {
    if (!(CHANNELS as readonly string[]).includes(channel)) {
      return bad('bad-channel', `"channel" must be ${list(CHANNELS, 'or')}; "${channel}" is not one of them.`);
    }
    filters.channel = channel as Channel;
  }
  const language = value('language');
  if (language !== undefined) {
    // The same rule a response's own language meets (src/core/response.ts).
    if (language.length < 2 || language.length > 20) {
      return bad('bad-language', `"language" must be a language tag such as en or cy; "${language}" is not one.`);
    }
    filters.language = language;
  }
  filters.batch = value('batch') ?? null;

  filters.partner = value('partner') ?? null;
  const assisted = value('assisted');
  if (assisted !== undefined) {
    if (!(ASSISTED_BY as readonly string[]).includes(assisted)) {
      return bad('bad-assisted', `"assisted" must be ${list(ASSISTED_BY, 'or')}; "${assisted}" is not one of them.`);
    }
    filters.assisted = assisted as AssistedBy;
  }

  const versions = filters.version === null ? published : published.filter((f) => f.version === filters.version);
  return {
    formId,
    versions,
    filters,
    responseFilter: {
      formId,
      ...(filters.version !== null && { version: filters.version }),
      ...(filters.from !== null && { submittedFrom: `${filters.from}T00:00:00.000Z` }),
      // The last day there is has no next day to stop before.
      ...(filters.to !== null &&
        filters.to < '9999-12-31' && { submittedBefore: `${nextDay(filters.to)}T00:00:00.000Z` }),
      ...(filters.event !== null && { event: filters.event }),
      ...(filters.channel !== null && { channel: filters.channel }),
      ...(filters.language !== null && { language: filters.language }),
      ...(filters.batch !== null && { paperBatch: filters.batch }),
      // "none" asks for the responses no partner collected (stored without one).
      ...(filters.partner !== null && { partner: filters.partner === NO_PARTNER ? '' : filters.partner }),
      ...(filters.assisted !== null && { assistedBy: filters.assisted }),
    },
  };
}

/** The `partner` filter's value for responses from the council's own tablets. */
export const NO_PARTNER = 'none';

export function isExportRequestError(value: ExportRequest | ExportRequestError): value is ExportRequestError {
  return 'code' in value;
}

function bad(code: string, message: string): ExportRequestError {
  return { status: 400, code, message };
}

function dayProblem(name: string, day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
    return `"${name}" must be a date written YYYY-MM-DD, such as 2026-11-30; "${day}" is not.`;
  const parsed = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    return `"${name}" is ${day}, which is not a day in the calendar.`;
  }
  return null;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** "a, b and c" */
function list(items: readonly string[], last: 'and' | 'or'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}
