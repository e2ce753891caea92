import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { TextField } from '../fields.tsx';
import { jsonBody, OfficerApiError } from '../officer-api.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { PAGE, useProblems } from '../use-problems.tsx';
import { PASSWORD_MIN, passwordProblem } from './officer-account.ts';

/** Any signed-in officer changes their own password, proving the current one first. */
export function PasswordPage() {
  const { setProblems, summary, fieldError } = useProblems(t('officer.password.title'));
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setDone(false);
    const found = new Map<string, string>();
    if (!current) found.set('current-password', t('officer.password.enterCurrent'));
    const weak = passwordProblem(next);
    if (weak) found.set('new-password', weak);
    else if (again !== next) found.set('confirm-password', t('officer.password.mismatch'));
    setProblems(found);
    if (found.size) return;

    setBusy(true);
    try {
      await officerCall('/api/session/password', jsonBody('PUT', { currentPassword: current, newPassword: next }));
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
    } catch (error) {
      const code = error instanceof OfficerApiError ? error.code : '';
      const field =
        code === 'wrong-credentials' ? 'current-password' : code === 'weak-password' ? 'new-password' : PAGE;
      const message = code === 'wrong-credentials' ? t('officer.password.wrongCurrent') : problemText(error);
      setProblems(new Map([[field, message]]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {summary}
      <div role="status">
        {done && (
          <div class="notice notice--success">
            <p>{t('officer.password.changed')}</p>
          </div>
        )}
      </div>
      <PageHeading>{t('officer.password.title')}</PageHeading>
      <form onSubmit={submit} noValidate>
        <TextField
          id="current-password"
          label={t('officer.password.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onValue={setCurrent}
          error={fieldError('current-password')}
        />
        <TextField
          id="new-password"
          label={t('officer.password.new')}
          hint={t('officer.password.rule', { count: PASSWORD_MIN })}
          type="password"
          autoComplete="new-password"
          value={next}
          onValue={setNext}
          error={fieldError('new-password')}
        />
        <TextField
          id="confirm-password"
          label={t('officer.password.confirm')}
          type="password"
          autoComplete="new-password"
          value={again}
          onValue={setAgain}
          error={fieldError('confirm-password')}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('officer.password.submit')}
        </button>
      </form>
    </>
  );
}
