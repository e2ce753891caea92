import './officer-text.ts';
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { lazy, Route, Router } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { OfficerBar } from './OfficerBar.tsx';
import { OfficerGuard } from './OfficerGuard.tsx';
import { checkSession, officerSession } from './officer-session.ts';
import { PageHeading } from './PageHeading.tsx';
import { SignInPage } from './SignInPage.tsx';

// Each screen loads when first opened: signing in should not wait for the exports code.
const OfficerHome = lazy(() => import('./OfficerHome.tsx').then((m) => m.OfficerHome));
const DevicesPage = lazy(() => import('./devices/DevicesPage.tsx').then((m) => m.DevicesPage));
const AccountsPage = lazy(() => import('./accounts/AccountsPage.tsx').then((m) => m.AccountsPage));
const AddAccountPage = lazy(() => import('./accounts/AddAccountPage.tsx').then((m) => m.AddAccountPage));
const AccountPage = lazy(() => import('./accounts/AccountPage.tsx').then((m) => m.AccountPage));
const PasswordPage = lazy(() => import('./accounts/PasswordPage.tsx').then((m) => m.PasswordPage));
const EventsPage = lazy(() => import('./EventsPage.tsx').then((m) => m.EventsPage));
const ExportsPage = lazy(() => import('./exports/ExportsPage.tsx').then((m) => m.ExportsPage));
const ImportPage = lazy(() => import('../ImportPage.tsx').then((m) => m.ImportPage));
const BuilderListPage = lazy(() => import('./builder/BuilderListPage.tsx').then((m) => m.BuilderListPage));
const NewConsultationPage = lazy(() => import('./builder/NewConsultationPage.tsx').then((m) => m.NewConsultationPage));
const DraftPage = lazy(() => import('./builder/DraftPage.tsx').then((m) => m.DraftPage));
const ReachPage = lazy(() => import('../ReachPage.tsx').then((m) => m.ReachPage));

function guarded(Screen: ComponentType, permission?: string): ComponentType {
  return () => (
    <OfficerGuard permission={permission}>
      <Screen />
    </OfficerGuard>
  );
}

// Made once, not on every render, so the router sees the same component and keeps the screen's state.
const Home = guarded(OfficerHome);
const Devices = guarded(DevicesPage, 'devices.view');
const Accounts = guarded(AccountsPage, 'accounts');
const AddAccount = guarded(AddAccountPage, 'accounts');
const Account = guarded(AccountPage, 'accounts');
const Password = guarded(PasswordPage);
const Events = guarded(EventsPage, 'events');
const Exports = guarded(ExportsPage, 'exports');
const Import = guarded(ImportPage, 'import');
const Reach = guarded(ReachPage, 'reach');
const Builder = guarded(BuilderListPage, 'forms');
const NewConsultation = guarded(NewConsultationPage, 'forms');
const Draft = guarded(DraftPage, 'forms');
const Unknown = guarded(NotFound);

/**
 * Everything under /officer: loaded on demand (App.tsx), so residents never download it. Asks the endpoint
 * who is signed in, shows the signed-in bar, and guards each screen by the permission it needs.
 */
export function OfficerArea() {
  useEffect(() => {
    if (officerSession.value.kind !== 'signed-in') void checkSession();
  }, []);
  return (
    <div class="officer">
      <OfficerBar />
      <Router>
        <Route path="/sign-in" component={SignInPage} />
        <Route path="/" component={Home} />
        <Route path="/devices" component={Devices} />
        <Route path="/accounts" component={Accounts} />
        <Route path="/accounts/new" component={AddAccount} />
        <Route path="/accounts/:id" component={Account} />
        <Route path="/password" component={Password} />
        <Route path="/events" component={Events} />
        <Route path="/exports" component={Exports} />
        <Route path="/import" component={Import} />
        <Route path="/reach" component={Reach} />
        <Route path="/forms" component={Builder} />
        <Route path="/forms/new" component={NewConsultation} />
        <Route path="/forms/drafts/:id" component={Draft} />
        <Route path="/forms/drafts/:id/:section" component={Draft} />
        <Route default component={Unknown} />
      </Router>
    </div>
  );
}

function NotFound() {
  useDocumentTitle(t('officer.notFound.title'));
  return (
    <>
      <PageHeading>{t('officer.notFound.title')}</PageHeading>
      <p>
        <a href="/officer">{t('officer.guard.home')}</a>
      </p>
    </>
  );
}
