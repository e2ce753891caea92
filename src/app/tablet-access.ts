import type { SendSummary } from '../core/messages.ts';
import type { Enrolment } from '../db/tablet-setup.ts';

/** Why this tablet cannot send, when the reason is its access rather than the connection. */
export type AccessProblem = 'not-enrolled' | 'revoked';

/**
 * The access problem the last send met, unless staff have set the tablet up since (then the next send will
 * tell). Both times come from this tablet's clock, so comparing them is fair even when that clock is wrong.
 */
export function accessProblem(
  lastSend: SendSummary | undefined,
  enrolment: Enrolment | null | undefined,
): AccessProblem | null {
  const code = lastSend?.failure?.code;
  if (code !== 'not-enrolled' && code !== 'revoked') return null;
  if (enrolment && lastSend && enrolment.enrolledAt > lastSend.at) return null;
  return code;
}
