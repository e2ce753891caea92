import { useEffect } from 'preact/hooks';
import { listCurrentOpportunities } from '../../db/opportunities.ts';
import { t } from '../../i18n/i18n.ts';
import { useLiveQuery } from '../use-live-query.ts';
import { OpportunityCards } from './OpportunityCards.tsx';
import { refreshOpportunities } from './refresh-opportunities.ts';

/** How many the welcome screen shows before "See all". */
const SHOWN = 3;

/** The "Get involved" section's content: fetched when online, kept for offline, nothing at all when there are none. */
export function TeaserList() {
  const opportunities = useLiveQuery(() => listCurrentOpportunities(), []);
  useEffect(() => void refreshOpportunities(), []);
  if (!opportunities || opportunities.length === 0) return null;
  return (
    <section class="opportunities-teaser" aria-labelledby="opportunities-teaser-heading">
      <h2 id="opportunities-teaser-heading">{t('opportunities.teaserHeading')}</h2>
      <p>{t('opportunities.teaserIntro')}</p>
      <OpportunityCards opportunities={opportunities.slice(0, SHOWN)} headingLevel={3} />
      <p>
        <a href="/opportunities">{t('opportunities.seeAll')}</a>
      </p>
    </section>
  );
}
