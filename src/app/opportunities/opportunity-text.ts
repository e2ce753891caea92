import type { Opportunity, ServiceArea } from '../../core/opportunity.ts';
import { baseLanguage, type LocalisedText, localise } from '../../core/text.ts';
import { currentLanguage, t, timeLocale } from '../../i18n/i18n.ts';

const AREA_KEYS: Record<ServiceArea, string> = {
  libraries: 'libraries',
  'adult-social-care': 'adultSocialCare',
  'childrens-services': 'childrensServices',
  planning: 'planning',
  environment: 'environment',
  'regulatory-services': 'regulatoryServices',
  housing: 'housing',
  'leisure-culture': 'leisureCulture',
  'transport-highways': 'transportHighways',
  other: 'other',
};

export function areaName(area: ServiceArea): string {
  return t(`opportunities.areas.${AREA_KEYS[area]}`);
}

/** An officer's text in the screen's language where translated, else English, with its lang for screen readers. */
export function pickText(text: LocalisedText): { text: string; lang: string } {
  const shown = localise(text, currentLanguage(), 'en');
  return { text: shown.text, lang: baseLanguage(shown.language) };
}

export function responsibleText({ responsible }: Opportunity): string {
  if (responsible.kind === 'council') return t('opportunities.responsibleCouncil');
  const name = responsible.name ?? '';
  return responsible.kind === 'town-parish'
    ? t('opportunities.responsibleTownParish', { name })
    : t('opportunities.responsibleOther', { name });
}

/** "From 1 December 2026 to 31 March 2027", in the screen's language; dates are days, so no time zone applies. */
export function datesText({ startsOn, endsOn }: Opportunity): string {
  const format = new Intl.DateTimeFormat(timeLocale(), { dateStyle: 'long', timeZone: 'UTC' });
  return t('opportunities.dates', {
    start: format.format(new Date(`${startsOn}T00:00:00Z`)),
    end: format.format(new Date(`${endsOn}T00:00:00Z`)),
  });
}

export function opportunityPath(id: string, rest = ''): string {
  return `/opportunities/${encodeURIComponent(id)}${rest}`;
}
