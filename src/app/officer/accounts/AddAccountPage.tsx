import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n.ts';
import { RadiosField, TextField } from '../fields.tsx';
import { jsonBody, OfficerApiError } from '../officer-api.ts';
import { nextScreenNotice, officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { PAGE, useProblems } from '../use-problems.tsx';
import { PASSWORD_MIN, passwordProblem, roleOptions } from './officer-account.ts';

/** Where each of the endpoint's refusals belongs on this form. */
const FIELD_FOR_CODE: Record<string, string> = {
  'email-taken': 'account-email',
  'weak-password': 'account-password',
  'invalid-role': 'account-role',
};

/** Adds an officer account: email, name, role (each role says what it may do) and a first password. */
export function AddAccountPage() {
  const { route } = useLocation();
  const { setProblems, summary, fieldError } = useProblems(t('officer.addAccount.title'));
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const found = new Map<string, string>();
    if (!email.trim()) found.set('account-email', t('officer.addAccount.enterEmail'));
    else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) found.set('account-email', t('officer.addAccount.emailFormat'));
    if (!name.trim()) found.set('account-name', t('officer.addAccount.enterName'));
    if (!role) found.set('account-role', t('officer.addAccount.chooseRole'));
    const weak = passwordProblem(password);
    if (weak) found.set('account-password', weak);
    setProblems(found);
    if (found.size) return;

    setBusy(true);
    try {
      await officerCall('/api/officers', jsonBody('POST', { email: email.trim(), name: name.trim(), role, password }));
      nextScreenNotice.value = t('officer.addAccount.created', { name: name.trim() });
      route('/officer/accounts');
    } catch (error) {
      const field = error instanceof OfficerApiError ? (FIELD_FOR_CODE[error.code] ?? PAGE) : PAGE;
      setProblems(new Map([[field, problemText(error)]]));
      setBusy(false);
    }
  }

  return (
    <>
      {summary}
      <a href="/officer/accounts" class="back-link">
        {t('officer.addAccount.back')}
      </a>
      <PageHeading>{t('officer.addAccount.title')}</PageHeading>
      <form onSubmit={submit} noValidate>
        <TextField
          id="account-email"
          label={t('officer.addAccount.email')}
          type="email"
          autoComplete="off"
          spellcheck={false}
          value={email}
          onValue={setEmail}
          error={fieldError('account-email')}
        />
        <TextField
          id="account-name"
          label={t('officer.addAccount.name')}
          hint={t('officer.addAccount.nameHint')}
          autoComplete="off"
          spellcheck={false}
          value={name}
          onValue={setName}
          error={fieldError('account-name')}
        />
        <RadiosField
          id="account-role"
          label={t('officer.addAccount.role')}
          options={roleOptions()}
          value={role}
          onValue={setRole}
          error={fieldError('account-role')}
        />
        <TextField
          id="account-password"
          label={t('officer.addAccount.password')}
          hint={t('officer.addAccount.passwordHint', { count: PASSWORD_MIN })}
          type="password"
          autoComplete="new-password"
          value={password}
          onValue={setPassword}
          error={fieldError('account-password')}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('officer.addAccount.submit')}
        </button>
      </form>
    </>
  );
}
