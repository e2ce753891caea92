import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { TextField } from './fields.tsx';
import { NextScreenNotice } from './NextScreenNotice.tsx';
import { officerSession, type SignInRefusal, signIn } from './officer-session.ts';
import { PageHeading } from './PageHeading.tsx';
import { PAGE, useProblems } from './use-problems.tsx';

/**
 * Officer sign-in: email and password, then back to the screen the officer was sent here from. Errors
 * follow the GOV.UK pattern; a refusal never says which of the two was wrong.
 */
export function SignInPage() {
  const { query, route } = useLocation();
  const destination = safeReturn(query.return);
  const { setProblems, summary, fieldError } = useProblems(t('officer.signIn.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  // Already signed in (an old bookmark, the back button): go on.
  const signedIn = officerSession.value.kind === 'signed-in';
  useEffect(() => {
    if (signedIn) route(destination, true);
  }, [signedIn]);

  async function submit(event: Event) {
    event.preventDefault();
    const found = new Map<string, string>();
    if (!email.trim()) found.set('email', t('officer.signIn.enterEmail'));
    if (!password) found.set('password', t('officer.signIn.enterPassword'));
    if (found.size) {
      setProblems(found);
      return;
    }
    setBusy(true);
    const refusal = await signIn(email.trim(), password);
    setBusy(false);
    if (!refusal) return; // The effect above moves on.
    setPassword('');
    setProblems(problemsFor(refusal));
  }

  return (
    <>
      <NextScreenNotice />
      {summary}
      <PageHeading>{t('officer.signIn.title')}</PageHeading>
      <p>{t('officer.signIn.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="email"
          label={t('officer.signIn.email')}
          type="email"
          autoComplete="username"
          spellcheck={false}
          value={email}
          onValue={setEmail}
          error={fieldError('email')}
        />
        <TextField
          id="password"
          label={t('officer.signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          error={fieldError('password')}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('officer.signIn.submit')}
        </button>
      </form>
    </>
  );
}

function problemsFor(refusal: SignInRefusal): Map<string, string> {
  switch (refusal.code) {
    case 'wrong-credentials':
      return new Map([['password', t('officer.signIn.wrongCredentials')]]);
    case 'missing-fields':
      return new Map([['email', t('officer.signIn.enterEmail')]]);
    case 'too-many-attempts':
      return new Map([[PAGE, tooManyAttempts(refusal.retryAfterSeconds)]]);
    case 'offline':
      return new Map([[PAGE, t('officer.signIn.offline')]]);
    default:
      return new Map([[PAGE, refusal.message]]);
  }
}

function tooManyAttempts(seconds: number | null): string {
  if (seconds === null) return t('officer.signIn.tooManyAttempts');
  if (seconds < 60) return t('officer.signIn.tooManyAttemptsSeconds', { count: Math.max(1, seconds) });
  return t('officer.signIn.tooManyAttemptsMinutes', { count: Math.ceil(seconds / 60) });
}

/** Only an officer screen on this site, never another site (an open redirect) or sign-in itself. */
export function safeReturn(path: string | undefined): string {
  if (!path || !/^\/officer(\/|\?|$)/.test(path) || path.startsWith('/officer/sign-in')) return '/officer';
  return path;
}
