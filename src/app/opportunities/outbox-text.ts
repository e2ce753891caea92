import type { OutboxCounts } from '../../db/outbox.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * "2 responses and 1 registration of interest waiting to be sent from this tablet": the outbox's count, each
 * kind named, or null when no registration waits (the screen then says what it always said about responses).
 */
export function waitingText(counts: OutboxCounts): string | null {
  if (counts.waitingRegistrations === 0) return null;
  const responses = counts.waiting - counts.waitingRegistrations;
  const registrations = t('opportunities.registrationsCount', { count: counts.waitingRegistrations });
  return responses > 0
    ? t('opportunities.outboxBoth', {
        responses: t('opportunities.responsesCount', { count: responses }),
        registrations,
      })
    : t('opportunities.outboxRegistrations', { registrations });
}
