import { useRoute } from 'preact-iso';
import type { LocalisedText } from '../../core/text.ts';
import { getOpportunity } from '../../db/opportunities.ts';
import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { useLiveQuery } from '../use-live-query.ts';
import { areaName, datesText, opportunityPath, pickText, responsibleText } from './opportunity-text.ts';

/** `/opportunities/:id`: every field in plain words, then "Register your interest". */
export function OpportunityPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const opportunity = useLiveQuery(async () => (await getOpportunity(id)) ?? null, [id]);
  const title = opportunity ? pickText(opportunity.title) : null;
  useDocumentTitle(title?.text ?? t('opportunities.listTitle'));
  if (opportunity === undefined) return null;
  if (opportunity === null || !title) return <NotFound />;
  const { contact } = opportunity;
  return (
    <>
      <p>
        <a href="/opportunities">{t('opportunities.back')}</a>
      </p>
      <span class="caption">{areaName(opportunity.serviceArea)}</span>
      <h1 lang={title.lang}>{title.text}</h1>
      <Text text={opportunity.summary} />
      <h2>{t('opportunities.canInfluence')}</h2>
      <Text text={opportunity.canInfluence} />
      <h2>{t('opportunities.alreadyDecided')}</h2>
      <Text text={opportunity.alreadyDecided} />
      <h2>{t('opportunities.responsible')}</h2>
      <p>{responsibleText(opportunity)}</p>
      <h2>{t('opportunities.howToTakePart')}</h2>
      <Text text={opportunity.howToTakePart} />
      <h2>{t('opportunities.when')}</h2>
      <p>{datesText(opportunity)}</p>
      {opportunity.sessionTimes && Object.keys(opportunity.sessionTimes).length > 0 && (
        <>
          <h2>{t('opportunities.sessionTimes')}</h2>
          <Text text={opportunity.sessionTimes} />
        </>
      )}
      <h2>{t('opportunities.accessibility')}</h2>
      <Text text={opportunity.accessibility} />
      <h2>{t('opportunities.contact')}</h2>
      <p>
        {contact.name}
        {contact.email && (
          <>
            <br />
            {t('opportunities.contactEmail', { email: contact.email })}
          </>
        )}
        {contact.phone && (
          <>
            <br />
            {t('opportunities.contactPhone', { phone: contact.phone })}
          </>
        )}
      </p>
      <a class="button button--start" href={opportunityPath(opportunity.id, '/register')}>
        {t('opportunities.register')}
      </a>
    </>
  );
}

function Text({ text }: { text: LocalisedText }) {
  const shown = pickText(text);
  return (
    <p class="opportunity__text" lang={shown.lang}>
      {shown.text}
    </p>
  );
}

export function NotFound() {
  return (
    <>
      <h1>{t('opportunities.listTitle')}</h1>
      <p>{t('opportunities.notFound')}</p>
      <p>
        <a href="/opportunities">{t('opportunities.back')}</a>
      </p>
    </>
  );
}
