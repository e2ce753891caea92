import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { formatTime } from '../format.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { TableScroll } from '../TableScroll.tsx';
import { contactText, type OfficerRegistration, type OpportunitySummary } from './officer-opportunity.ts';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; title: string; registrations: OfficerRegistration[] }
  | { kind: 'error'; message: string };

/** `/officer/opportunities/:id/registrations`: who registered interest (personal data) and the CSV download. */
export function RegistrationsPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const title = loaded.kind === 'ready' ? loaded.title : '';
  useDocumentTitle(t('officerOpportunities.registrationsTitle', { title }));

  useEffect(() => {
    const path = `/api/opportunities/${encodeURIComponent(id)}`;
    Promise.all([
      officerCall<{ opportunity: OpportunitySummary }>(path),
      officerCall<{ registrations: OfficerRegistration[] }>(`${path}/registrations`),
    ]).then(
      ([{ opportunity }, { registrations }]) =>
        setLoaded({ kind: 'ready', title: opportunity.title.en ?? id, registrations }),
      (error) => setLoaded({ kind: 'error', message: problemText(error) }),
    );
  }, [id]);

  return (
    <>
      <p>
        <a href="/officer/opportunities">{t('officerOpportunities.back')}</a>
      </p>
      <PageHeading>{t('officerOpportunities.registrationsTitle', { title })}</PageHeading>
      <p>{t('officerOpportunities.registrationsIntro')}</p>
      <div role="status">
        {loaded.kind === 'loading' && <p>{t('officerOpportunities.loading')}</p>}
        {loaded.kind === 'error' && <p class="notice notice--error">{loaded.message}</p>}
        {loaded.kind === 'ready' && loaded.registrations.length === 0 && (
          <p>{t('officerOpportunities.registrationsNone')}</p>
        )}
      </div>
      {loaded.kind === 'ready' && loaded.registrations.length > 0 && (
        <>
          <p>
            <a
              class="button button--secondary"
              href={`/api/opportunities/${encodeURIComponent(id)}/registrations.csv`}
              download
            >
              {t('officerOpportunities.downloadCsv')}
            </a>
          </p>
          <TableScroll captionId="registrations-caption">
            <table class="table">
              <caption id="registrations-caption" class="table__caption">
                {t('officerOpportunities.registrationsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('officerOpportunities.colName')}</th>
                  <th scope="col">{t('officerOpportunities.colContact')}</th>
                  <th scope="col">{t('officerOpportunities.colWhen')}</th>
                  <th scope="col">{t('officerOpportunities.colWhere')}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.registrations.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.name || t('officerOpportunities.noName')}</th>
                    <td class="registration__contact">{contactText(r)}</td>
                    <td>{formatTime(r.submittedAt)}</td>
                    <td>{r.event || t('officerOpportunities.noEvent')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
