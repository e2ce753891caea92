import type { EqualitySection } from './equality/equality-report.ts';

/**
 * One group in a reach report: its count, or suppressed when it is 1 to 4; `secondary` when it is 5 or more
 * but suppressed so as not to give a small group's count back (server/suppress-small-counts.ts).
 */
export type ReachGroup =
  | { key: string; count: number }
  | { key: string; count: null; suppressed: true; secondary?: true };

/** The answer of `GET /api/reach`: who was heard, by channel, language, event ("" for none) and UTC day. */
export interface ReachReport {
  form: string;
  /** null, with totalSuppressed, when fewer than 5 responses match. */
  total: number | null;
  totalSuppressed?: true;
  byChannel: ReachGroup[];
  byLanguage: ReachGroup[];
  byEvent: ReachGroup[];
  byDay: ReachGroup[];
  /** Issue 8: by the partner organisation whose tablet collected them ("" for the council's own). */
  byPartner: ReachGroup[];
  /** Issue 8: assisted sessions that say who helped: "staff" or "interpreter". */
  byAssistedBy: ReachGroup[];
  /** Issue 8: assisted sessions by the language of the conversation (a tag, "bfi" for BSL). */
  byConversationLanguage: ReachGroup[];
  /** Who answered the equality monitoring block, beside the population baseline asked for (if any). */
  equality?: EqualitySection;
}

export const REACH_DIMENSIONS = [
  'byChannel',
  'byLanguage',
  'byEvent',
  'byDay',
  'byPartner',
  'byAssistedBy',
  'byConversationLanguage',
] as const;
export type ReachDimension = (typeof REACH_DIMENSIONS)[number];
