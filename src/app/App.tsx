import { LocationProvider, Route, Router } from 'preact-iso';
import { t } from '../i18n/i18n.ts';
import { ConfirmationPage } from './ConfirmationPage.tsx';
import { ConsultationList } from './ConsultationList.tsx';
import { FormPage } from './FormPage.tsx';
import { OutboxStatus } from './OutboxStatus.tsx';

export function App() {
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header class="header">
        <div class="container header__inner">
          <span class="header__name">{t('app.name')}</span>
          <span class="header__tagline">{t('app.tagline')}</span>
        </div>
      </header>
      <div class="container">
        <main id="main" tabIndex={-1}>
          <Router>
            <Route path="/" component={ConsultationList} />
            <Route path="/c/:formId" component={FormPage} />
            <Route path="/c/:formId/done" component={ConfirmationPage} />
            <Route default component={ConsultationList} />
          </Router>
        </main>
        <OutboxStatus />
      </div>
    </LocationProvider>
  );
}
