import * as v from 'valibot';
import { canonicalJson } from './canonical-json.ts';
import type { Registration } from './registration.ts';
import type { SubmittedResponse, Validation } from './response.ts';

/**
 * A file of a tablet's unsent responses, for tablets that see no connection for weeks: staff save it on the
 * tablet, an officer imports it on the endpoint (`POST /api/import`), which treats each response exactly as
 * `POST /api/sync` would, so importing twice stores nothing twice.
 */
export const OUTBOX_FILE_FORMAT = 'chorus-unsent-responses';
/** Raise this only with a change the endpoint must know about; it refuses versions it does not read. */
export const OUTBOX_FILE_VERSION = 1;
const CHECKSUM_PREFIX = 'sha256:';

/** The file as the tablet writes it. */
export interface OutboxFile {
  format: typeof OUTBOX_FILE_FORMAT;
  formatVersion: typeof OUTBOX_FILE_VERSION;
  deviceId: string;
  /** ISO time the file was made (by the tablet's clock, which may be wrong). */
  exportedAt: string;
  /** How many responses the file holds, so a file cut short is noticed. */
  count: number;
  /** `sha256:` and the hex SHA-256 of {@link checksumText} of the responses, so a changed file is noticed. */
  checksum: string;
  responses: SubmittedResponse[];
  /**
   * Registrations of interest (issue 8), only when there are some: a file without them is byte for byte what
   * earlier tablets wrote. When present, the checksum covers them too.
   */
  registrations?: Registration[];
}

const missingOr = (wrong: string) => (issue: v.BaseIssue<unknown>) =>
  issue.input === undefined ? 'is missing.' : wrong;

/**
 * The envelope only: each response in it is validated on its own later, against the form version it names,
 * so one bad response rejects only itself.
 */
export const OutboxFileSchema = v.object(
  {
    format: v.literal(OUTBOX_FILE_FORMAT, missingOr(`must be "${OUTBOX_FILE_FORMAT}".`)),
    formatVersion: v.literal(OUTBOX_FILE_VERSION, missingOr(`must be ${OUTBOX_FILE_VERSION}.`)),
    deviceId: v.pipe(
      v.string(missingOr('must be text.')),
      v.minLength(1, 'is empty.'),
      v.maxLength(100, 'is longer than 100 characters.'),
    ),
    exportedAt: v.pipe(v.string(missingOr('must be text.')), v.isoTimestamp('must be an ISO 8601 time.')),
    count: v.pipe(
      v.number(missingOr('must be a number.')),
      v.integer('must be a whole number.'),
      v.minValue(0, 'must not be negative.'),
    ),
    checksum: v.pipe(
      v.string(missingOr('must be text.')),
      v.regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" followed by 64 lowercase hex digits.'),
    ),
    responses: v.array(v.unknown(), missingOr('must be a list.')),
    registrations: v.optional(v.array(v.unknown(), 'must be a list.')),
  },
  missingOr('The file does not hold a JSON object.'),
);

/** The file as read, before its responses are checked one by one. */
export type OutboxFileEnvelope = v.InferOutput<typeof OutboxFileSchema>;

/**
 * Checks that the input is a file of unsent responses this code can read and that it is whole. It does not
 * check the checksum (hashing belongs to each runtime: see {@link checksumOf}) nor the responses themselves.
 */
export function parseOutboxFile(input: unknown): Validation<OutboxFileEnvelope> {
  // Format and version first: they decide whether the other fields mean anything at all.
  const claimed = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  if (claimed.format !== OUTBOX_FILE_FORMAT) {
    return {
      ok: false,
      error: `This is not a file of unsent responses saved by Chorus (its format is ${describe(claimed.format)}, not "${OUTBOX_FILE_FORMAT}"). Choose the file the tablet saved.`,
    };
  }
  if (claimed.formatVersion !== OUTBOX_FILE_VERSION) {
    return {
      ok: false,
      error: `This file has format version ${describe(claimed.formatVersion)}, and this copy of Chorus reads only version ${OUTBOX_FILE_VERSION}. Update Chorus here, then import the file again.`,
    };
  }
  const result = v.safeParse(OutboxFileSchema, input);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    return { ok: false, error: path ? `The file's ${path} ${issue.message}` : issue.message };
  }
  const file = result.output;
  if (file.count !== file.responses.length) {
    return {
      ok: false,
      error: `The file says it holds ${file.count} responses but holds ${file.responses.length}: it may have been cut short or edited. Save it from the tablet again.`,
    };
  }
  return { ok: true, value: file };
}

/**
 * The text whose SHA-256 is the file's checksum: key order and spacing do not change it. Without
 * registrations it is the responses' alone, as it always was.
 */
export function checksumText(responses: readonly unknown[], registrations?: readonly unknown[]): string {
  return registrations === undefined ? canonicalJson(responses) : canonicalJson({ registrations, responses });
}

/**
 * SHA-256 of text encoded as UTF-8, as lowercase hex. Each runtime brings its own (`node:crypto` on the
 * endpoint, `crypto.subtle` in the page), since this folder may use neither.
 */
export type Sha256Hex = (text: string) => string | Promise<string>;

/** The checksum field for these responses (and registrations, when the file has them). */
export async function checksumOf(
  responses: readonly unknown[],
  sha256Hex: Sha256Hex,
  registrations?: readonly unknown[],
): Promise<string> {
  return `${CHECKSUM_PREFIX}${await sha256Hex(checksumText(responses, registrations))}`;
}

/** A claimed value for an error sentence, short enough to read. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
