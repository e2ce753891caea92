import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { NextScreenNotice } from '../NextScreenNotice.tsx';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { TableScroll } from '../TableScroll.tsx';
import { type OpportunitySummary, officerDates, statusName } from './officer-opportunity.ts';

type Listing =
  | { kind: 'loading' }
  | { kind: 'ready'; opportunities: OpportunitySummary[] }
  | { kind: 'error'; message: string };

/** `/officer/opportunities`: every opportunity with its status and registrations; publish, close, edit. */
export function OpportunitiesAdminPage() {
  useDocumentTitle(t('officerOpportunities.listTitle'));
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [message, setMessage] = useState('');

  function load() {
    officerCall<{ opportunities: OpportunitySummary[] }>('/api/opportunities/all').then(
      ({ opportunities }) => setListing({ kind: 'ready', opportunities }),
      (error) => setListing({ kind: 'error', message: problemText(error) }),
    );
  }
  useEffect(load, []);

  async function change(opportunity: OpportunitySummary, action: 'publish' | 'close') {
    const title = opportunity.title.en ?? '';
    try {
      await officerCall(`/api/opportunities/${encodeURIComponent(opportunity.id)}/${action}`, { method: 'POST' });
      setMessage(t(action === 'publish' ? 'officerOpportunities.published' : 'officerOpportunities.closed', { title }));
      load();
    } catch (error) {
      setMessage(problemText(error));
    }
  }

  return (
    <>
      <NextScreenNotice />
      <PageHeading>{t('officerOpportunities.listTitle')}</PageHeading>
      <p>{t('officerOpportunities.listIntro')}</p>
      <p>
        <a class="button" href="/officer/opportunities/new">
          {t('officerOpportunities.create')}
        </a>
      </p>
      <div role="status">
        {message && <p class="notice">{message}</p>}
        {listing.kind === 'loading' && <p>{t('officerOpportunities.loading')}</p>}
        {listing.kind === 'error' && <p class="notice notice--error">{listing.message}</p>}
        {listing.kind === 'ready' && listing.opportunities.length === 0 && <p>{t('officerOpportunities.none')}</p>}
      </div>
      {listing.kind === 'ready' && listing.opportunities.length > 0 && (
        <TableScroll captionId="opportunities-caption">
          <table class="table">
            <caption id="opportunities-caption" class="table__caption">
              {t('officerOpportunities.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('officerOpportunities.colTitle')}</th>
                <th scope="col">{t('officerOpportunities.colStatus')}</th>
                <th scope="col">{t('officerOpportunities.colDates')}</th>
                <th scope="col" class="table__number">
                  {t('officerOpportunities.colRegistrations')}
                </th>
                <th scope="col">{t('officerOpportunities.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {listing.opportunities.map((o) => {
                const title = o.title.en ?? o.id;
                const path = `/officer/opportunities/${encodeURIComponent(o.id)}`;
                return (
                  <tr key={o.id}>
                    <th scope="row">{title}</th>
                    <td>{statusName(o.status)}</td>
                    <td>{officerDates(o)}</td>
                    <td class="table__number">{o.registrations}</td>
                    <td>
                      <div class="button-group">
                        <a href={`${path}/edit`} aria-label={t('officerOpportunities.editLabel', { title })}>
                          {t('officerOpportunities.edit')}
                        </a>
                        <a
                          href={`${path}/registrations`}
                          aria-label={t('officerOpportunities.registrationsLabel', { title })}
                        >
                          {t('officerOpportunities.registrations')}
                        </a>
                        {o.status !== 'published' ? (
                          <button
                            type="button"
                            class="button button--secondary button--small"
                            aria-label={t('officerOpportunities.publishLabel', { title })}
                            onClick={() => void change(o, 'publish')}
                          >
                            {t('officerOpportunities.publish')}
                          </button>
                        ) : (
                          <button
                            type="button"
                            class="button button--secondary button--small"
                            aria-label={t('officerOpportunities.closeLabel', { title })}
                            onClick={() => void change(o, 'close')}
                          >
                            {t('officerOpportunities.close')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
