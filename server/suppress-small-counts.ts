import type { ReachGroup, ReachReport } from '../src/core/reach-report.ts';
import type { GroupCount, ReachCounts } from './store/store.ts';

/** The smallest count reported as a number; 1 to 4 are suppressed. */
export const MINIMUM_REPORTED_COUNT = 5;

/**
 * Reach counts safe to show: exact where a group is large enough, suppressed otherwise.
 *
 * Statistical disclosure control in the way the ONS applies it to small-area tables: a group of 1 to 4
 * people can identify them ("the one Polish speaker at Tuesday's library session"), and what they answered
 * with it, so such a group is reported as suppressed, never as its number; the total likewise unless it is
 * 5 or more. Empty groups are not listed, and a zero says nothing about anyone.
 *
 * Secondary suppression: when exactly one group in a table is suppressed, the exact total minus the other
 * groups would give it back, so the next smallest group is suppressed too, marked
 * `secondary` so that nobody reads it as "fewer than 5". (Comparing differently filtered
 * requests can still narrow a group down; officer sign-in and a record of who asked are the control there.)
 */
export function suppressSmallCounts(counts: ReachCounts): Omit<ReachReport, 'form'> {
  const totalShown = counts.total >= MINIMUM_REPORTED_COUNT;
  return {
    total: totalShown ? counts.total : null,
    ...(!totalShown && { totalSuppressed: true as const }),
    byChannel: suppressGroups(counts.byChannel),
    byLanguage: suppressGroups(counts.byLanguage),
    byEvent: suppressGroups(counts.byEvent),
    byDay: suppressGroups(counts.byDay),
    byPartner: suppressGroups(counts.byPartner),
    byAssistedBy: suppressGroups(counts.byAssistedBy),
    byConversationLanguage: suppressGroups(counts.byConversationLanguage),
  };
}

export function suppressGroups(groups: GroupCount[]): ReachGroup[] {
  const small = groups.filter((g) => g.count < MINIMUM_REPORTED_COUNT);
  const secondary =
    small.length === 1
      ? groups.filter((g) => g.count >= MINIMUM_REPORTED_COUNT).sort((a, b) => a.count - b.count)[0]?.key
      : undefined;
  return groups.map(({ key, count }): ReachGroup => {
    if (count < MINIMUM_REPORTED_COUNT) return { key, count: null, suppressed: true };
    if (key === secondary) return { key, count: null, suppressed: true, secondary: true };
    return { key, count };
  });
}
