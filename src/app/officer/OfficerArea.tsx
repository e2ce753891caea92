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
const VersionChangesPage = lazy(() => import('./forms/VersionChanges.tsx').then((m) => m.VersionChanges));
const OpportunitiesAdmin = lazy(() =>
  import('./opportunities/OpportunitiesAdminPage.tsx').then((m) => m.OpportunitiesAdminPage),
);
const OpportunityEditor = lazy(() =>
  import('./opportunities/OpportunityEditorPage.tsx').then((m) => m.OpportunityEditorPage),
);
const RegistrationsPage = lazy(() => import('./opportunities/RegistrationsPage.tsx').then((m) => m.RegistrationsPage));
const PaperPage = lazy(() => import('./paper/PaperPage.tsx').then((m) => m.PaperPage));
const PaperFormPage = lazy(() => import('./paper/PaperForm.tsx').then((m) => m.PaperFormPage));
const BatchPage = lazy(() => import('./paper/BatchPage.tsx').then((m) => m.BatchPage));
const KeySheetPage = lazy(() => import('./paper/KeySheetPage.tsx').then((m) => m.KeySheetPage));
// Issue 8: event reflections and the consultation report.
const ReflectionsPage = lazy(() => import('./reflections/ReflectionsPage.tsx').then((m) => m.ReflectionsPage));
const WriteReflectionPage = lazy(() =>
  import('./reflections/WriteReflectionPage.tsx').then((m) => m.WriteReflectionPage),
);
const EventReflectionsPage = lazy(() =>
  import('./reflections/EventReflectionsPage.tsx').then((m) => m.EventReflectionsPage),
);
const ReportPage = lazy(() => import('./report/ReportPage.tsx').then((m) => m.ReportPage));
const ResultsListPage = lazy(() => import('./results/ResultsListPage.tsx').then((m) => m.ResultsListPage));
const ResultsEditor = lazy(() => import('./results/ResultsEditor.tsx').then((m) => m.ResultsEditor));

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
const VersionChanges = guarded(VersionChangesPage, 'forms');
const Opportunities = guarded(OpportunitiesAdmin, 'opportunities');
const EditOpportunity = guarded(OpportunityEditor, 'opportunities');
const Registrations = guarded(RegistrationsPage, 'opportunities');
const Paper = guarded(PaperPage, 'import');
const PaperPrint = guarded(PaperFormPage, 'import');
const PaperBatch = guarded(BatchPage, 'import');
const PaperKey = guarded(KeySheetPage, 'import');
const Reflections = guarded(ReflectionsPage, 'reflections');
const WriteReflection = guarded(WriteReflectionPage, 'reflections');
const EventReflections = guarded(EventReflectionsPage, 'reflections');
const Report = guarded(ReportPage, 'reach');
const ResultsList = guarded(ResultsListPage, 'results');
const ResultsEdit = guarded(ResultsEditor, 'results');
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
        <Route path="/forms/:id/changes" component={VersionChanges} />
        <Route path="/opportunities" component={Opportunities} />
        <Route path="/opportunities/new" component={EditOpportunity} />
        <Route path="/opportunities/:id/edit" component={EditOpportunity} />
        <Route path="/opportunities/:id/registrations" component={Registrations} />
        <Route path="/paper" component={Paper} />
        <Route path="/paper/batches/:id" component={PaperBatch} />
        <Route path="/paper/batches/:id/key" component={PaperKey} />
        <Route path="/paper/batches/:id/resolve/:reference" component={PaperKey} />
        <Route path="/paper/:formId/print" component={PaperPrint} />
        <Route path="/reflections" component={Reflections} />
        <Route path="/reflections/new" component={WriteReflection} />
        <Route path="/reflections/event" component={EventReflections} />
        <Route path="/report" component={Report} />
        <Route path="/results" component={ResultsList} />
        <Route path="/results/:formId" component={ResultsEdit} />
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
