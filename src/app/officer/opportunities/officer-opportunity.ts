import type { Opportunity } from '../../../core/opportunity.ts';
import type { Registration } from '../../../core/registration.ts';
import { t } from '../../../i18n/i18n.ts';
import { formatTime } from '../format.ts';

/** An opportunity as `GET /api/opportunities/all` lists it for officers. */
export type OpportunitySummary = Opportunity & { registrations: number };

/** A registration as `GET /api/opportunities/:id/registrations` lists it. */
export type OfficerRegistration = Registration & { receivedAt: string };

export function statusName(status: Opportunity['status']): string {
  return t(
    status === 'draft'
      ? 'officerOpportunities.statusDraft'
      : status === 'published'
        ? 'officerOpportunities.statusPublished'
        : 'officerOpportunities.statusClosed',
  );
}

export function officerDates({ startsOn, endsOn }: Opportunity): string {
  const day = (date: string) => formatTime(`${date}T12:00:00Z`).replace(/,? \d{1,2}:\d{2}.*$/, '');
  return t('officerOpportunities.dates', { start: day(startsOn), end: day(endsOn) });
}

export function contactText({ contactMethod, contactValue = '' }: Registration): string {
  switch (contactMethod) {
    case 'email':
      return t('officerOpportunities.contactEmail', { value: contactValue });
    case 'phone':
      return t('officerOpportunities.contactPhone', { value: contactValue });
    case 'post':
      return t('officerOpportunities.contactPost', { value: contactValue });
    case 'venue':
      return t('officerOpportunities.contactVenue', { value: contactValue });
    default:
      return t('officerOpportunities.contactNone');
  }
}
