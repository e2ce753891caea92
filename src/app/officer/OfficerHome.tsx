import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { areasFor } from './officer-areas.ts';
import { officerSession } from './officer-session.ts';
import { PageHeading } from './PageHeading.tsx';

/** The officer's start: the areas their role opens, each with what it is for. */
export function OfficerHome() {
  useDocumentTitle(t('officer.home.title'));
  const state = officerSession.value;
  if (state.kind !== 'signed-in') return null;
  const areas = areasFor(state.session.permissions);
  return (
    <>
      <PageHeading>{t('officer.home.title')}</PageHeading>
      {areas.length === 0 && <p>{t('officer.home.none')}</p>}
      <ul class="card-list">
        {areas.map((area) => (
          <li class="card" key={area.path}>
            <h2 class="card__title">
              <a href={area.path}>{area.label()}</a>
            </h2>
            <p>{area.description()}</p>
          </li>
        ))}
        <li class="card">
          <h2 class="card__title">
            <a href="/officer/password">{t('officer.home.password')}</a>
          </h2>
          <p>{t('officer.home.passwordDescription')}</p>
        </li>
      </ul>
    </>
  );
}
