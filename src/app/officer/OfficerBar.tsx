import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { areasFor, roleName } from './officer-areas.ts';
import { nextScreenNotice, officerSession, signOut } from './officer-session.ts';

/**
 * Above every officer screen while signed in: who is signed in and in which role, links to the areas their
 * permissions open, their password, and "Sign out".
 */
export function OfficerBar() {
  const state = officerSession.value;
  const { path, route } = useLocation();
  const [problem, setProblem] = useState('');
  if (state.kind !== 'signed-in') return null;
  const { officer, permissions } = state.session;

  async function leave() {
    setProblem('');
    // Set first: signing out re-renders the screen's guard, which may open sign-in before this goes on.
    nextScreenNotice.value = t('officer.bar.signedOut');
    try {
      await signOut();
    } catch {
      nextScreenNotice.value = null;
      setProblem(t('officer.bar.signOutFailed'));
      return;
    }
    route('/officer/sign-in', true);
  }

  const links = [
    { path: '/officer', label: t('officer.bar.home') },
    ...areasFor(permissions).map((area) => ({ path: area.path, label: area.label() })),
    { path: '/officer/password', label: t('officer.bar.password') },
  ];
  return (
    <div class="officer-bar">
      <p class="officer-bar__who">
        {t('officer.bar.signedInAs', { name: officer.name, role: roleName(officer.role) })}
      </p>
      <nav aria-label={t('officer.bar.navLabel')}>
        <ul class="officer-bar__links">
          {links.map((link) => (
            <li key={link.path}>
              <a
                href={link.path}
                aria-current={
                  path === link.path || (link.path !== '/officer' && path.startsWith(`${link.path}/`))
                    ? 'page'
                    : undefined
                }
              >
                {link.label}
              </a>
            </li>
          ))}
          <li>
            <button type="button" class="link-button" onClick={leave}>
              {t('officer.bar.signOut')}
            </button>
          </li>
        </ul>
      </nav>
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
