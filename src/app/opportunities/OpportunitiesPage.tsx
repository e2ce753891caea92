import { useEffect } from 'preact/hooks';
import { listCurrentOpportunities } from '../../db/opportunities.ts';
import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { useLiveQuery } from '../use-live-query.ts';
import { OpportunityCards } from './OpportunityCards.tsx';
import { refreshOpportunities } from './refresh-opportunities.ts';

/** `/opportunities`: every current opportunity to take part, from the tablet (works offline). */
export function OpportunitiesPage() {
  const opportunities = useLiveQuery(() => listCurrentOpportunities(), []);
  useDocumentTitle(t('opportunities.listTitle'));
  useEffect(() => void refreshOpportunities(), []);
  return (
    <>
      <h1>{t('opportunities.listTitle')}</h1>
      <p>{t('opportunities.listIntro')}</p>
      {opportunities && opportunities.length === 0 && <p>{t('opportunities.empty')}</p>}
      {opportunities && opportunities.length > 0 && <OpportunityCards opportunities={opportunities} headingLevel={2} />}
      <p>
        <a href="/">{t('opportunities.doneHome')}</a>
      </p>
    </>
  );
}
