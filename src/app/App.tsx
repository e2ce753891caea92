import { LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { t } from '../i18n/i18n.ts';
import { Banners } from './Banners.tsx';
import { ConsultationList } from './ConsultationList.tsx';
import { AccessibilityControls } from './display/AccessibilityControls.tsx';
import { CheckAnswersPage } from './form/CheckAnswersPage.tsx';
import { ConfirmationPage } from './form/ConfirmationPage.tsx';
import { QuestionScreen } from './form/QuestionScreen.tsx';
import { StartPage } from './form/StartPage.tsx';
import { KioskGate } from './kiosk/KioskGate.tsx';
import { KioskSessionLoader } from './kiosk/KioskSessionLoader.tsx';
import { kioskMode } from './kiosk/kiosk-mode.ts';
import { englishOnly } from './language/english-only.tsx';
import { LanguagePicker } from './language/LanguagePicker.tsx';
import { OutboxStatus } from './OutboxStatus.tsx';
import { redirectTo } from './Redirect.tsx';
import { SiteFooter } from './SiteFooter.tsx';

// Staff and officer screens load on demand (the worker precaches them for offline use), so a resident's
// first visit downloads only what answering needs.
const StatusPage = lazy(() => import('./StatusPage.tsx').then((m) => m.StatusPage));
const SetupPage = lazy(() => import('./setup/SetupPage.tsx').then((m) => m.SetupPage));
// Everything for officers (sign-in, tablets, accounts, events, exports, import, reach) is one area under /officer,
// in English only (src/app/language/english-only.tsx).
const OfficerArea = lazy(() => import('./officer/OfficerArea.tsx').then((m) => englishOnly(m.OfficerArea)));
// Where import and reach were before officers signed in.
const ImportMoved = redirectTo('/officer/import');
const ReachMoved = redirectTo('/officer/reach');
// Kiosk screens load only on a kiosk (the worker precaches them): a resident's own device never needs them.
const AttractScreen = lazy(() => import('./kiosk/AttractScreen.tsx').then((m) => m.AttractScreen));
const KioskSetupPage = lazy(() => import('./kiosk/KioskSetupPage.tsx').then((m) => m.KioskSetupPage));
// Opportunities to take part (issue 8): the welcome screen's "Get involved" links here.
const OpportunitiesPage = lazy(() => import('./opportunities/OpportunitiesPage.tsx').then((m) => m.OpportunitiesPage));
const OpportunityPage = lazy(() => import('./opportunities/OpportunityPage.tsx').then((m) => m.OpportunityPage));
const RegisterPage = lazy(() => import('./opportunities/RegisterPage.tsx').then((m) => m.RegisterPage));
const RegisteredPage = lazy(() => import('./opportunities/RegisteredPage.tsx').then((m) => m.RegisteredPage));
// "You said, we did": results pages and the reference lookup, on demand.
const ResultsScreen = lazy(() => import('./results/ResultsScreen.tsx').then((m) => m.ResultsScreen));
const LookupPage = lazy(() => import('./results/LookupPage.tsx').then((m) => m.LookupPage));
const AccessibilityStatement = lazy(() =>
  import('./display/AccessibilityStatement.tsx').then((m) => m.AccessibilityStatement),
);

/** The tablet's outbox ("Sending", "Send now") belongs on the tablet's screens, not among the officers'. */
function TabletOnly() {
  const { path } = useLocation();
  return path === '/officer' || path.startsWith('/officer/') ? null : <OutboxStatus />;
}

export function App() {
  // On a kiosk, residents see the welcome screen, the chosen consultations and nothing of staff's (KioskGate).
  const kiosk = kioskMode.value;
  const home = kiosk ? AttractScreen : ConsultationList;
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header class="header">
        <div class="container header__inner">
          <span class="header__name">{t('app.name')}</span>
          <span class="header__tagline">{t('app.tagline')}</span>
          <AccessibilityControls />
          <LanguagePicker />
        </div>
      </header>
      <div class="container">
        <Banners />
        <main id="main" tabIndex={-1}>
          <KioskGate>
            <Router>
              <Route path="/" component={home} />
              <Route path="/c/:formId" component={StartPage} />
              <Route path="/c/:formId/q/:screenId" component={QuestionScreen} />
              <Route path="/c/:formId/check" component={CheckAnswersPage} />
              <Route path="/c/:formId/done" component={ConfirmationPage} />
              <Route path="/opportunities" component={OpportunitiesPage} />
              <Route path="/opportunities/:id" component={OpportunityPage} />
              <Route path="/opportunities/:id/register" component={RegisterPage} />
              <Route path="/opportunities/:id/registered" component={RegisteredPage} />
              <Route path="/status" component={StatusPage} />
              <Route path="/setup" component={SetupPage} />
              <Route path="/setup/kiosk" component={KioskSetupPage} />
              <Route path="/accessibility" component={AccessibilityStatement} />
              <Route path="/results/lookup" component={LookupPage} />
              <Route path="/results/:formId" component={ResultsScreen} />
              <Route path="/import" component={ImportMoved} />
              <Route path="/reach" component={ReachMoved} />
              <Route path="/officer" component={OfficerArea} />
              <Route path="/officer/*" component={OfficerArea} />
              <Route default component={home} />
            </Router>
          </KioskGate>
        </main>
        {kiosk === null && <TabletOnly />}
      </div>
      <SiteFooter />
      {kiosk && <KioskSessionLoader settings={kiosk} />}
    </LocationProvider>
  );
}
