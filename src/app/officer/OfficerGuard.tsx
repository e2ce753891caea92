import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { checkSession, officerSession } from './officer-session.ts';
import { PageHeading } from './PageHeading.tsx';

/** The sign-in screen's address that comes back to `url` afterwards. */
export function signInPath(url: string): string {
  return `/officer/sign-in?return=${encodeURIComponent(url)}`;
}

/**
 * Shows an officer screen only to a signed-in officer with `permission` (any signed-in officer when
 * omitted). Without a session it goes to sign-in and comes back; without the permission it says so.
 */
export function OfficerGuard({ permission, children }: { permission?: string; children: ComponentChildren }) {
  const state = officerSession.value;
  const { url, route } = useLocation();
  useEffect(() => {
    if (state.kind === 'signed-out') route(signInPath(url), true);
  }, [state.kind]);

  if (state.kind === 'checking') return <p role="status">{t('officer.guard.checking')}</p>;
  if (state.kind === 'unreachable') return <Unreachable />;
  if (state.kind === 'signed-out') return null;
  if (permission && !state.session.permissions.includes(permission)) return <NoAccess />;
  return <>{children}</>;
}

function NoAccess() {
  useDocumentTitle(t('officer.guard.noAccessTitle'));
  return (
    <>
      <PageHeading>{t('officer.guard.noAccessTitle')}</PageHeading>
      <p>{t('officer.guard.noAccessBody')}</p>
      <p>
        <a href="/officer">{t('officer.guard.home')}</a>
      </p>
    </>
  );
}

function Unreachable() {
  useDocumentTitle(t('officer.guard.unreachableTitle'));
  return (
    <>
      <PageHeading>{t('officer.guard.unreachableTitle')}</PageHeading>
      <p>{t('officer.guard.unreachableBody')}</p>
      <button type="button" class="button" onClick={() => void checkSession()}>
        {t('officer.guard.tryAgain')}
      </button>
    </>
  );
}
