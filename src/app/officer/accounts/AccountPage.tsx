import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { t } from '../../../i18n/i18n.ts';
import { RadiosField } from '../fields.tsx';
import { formatTime } from '../format.ts';
import { jsonBody, OfficerApiError } from '../officer-api.ts';
import { roleName } from '../officer-areas.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { PAGE, useProblems } from '../use-problems.tsx';
import { type OfficerAccount, roleOptions } from './officer-account.ts';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'ready'; account: OfficerAccount }
  | { kind: 'missing' | 'error'; message: string };

/** One account: change its role, or disable it (it can no longer sign in) and enable it again. */
export function AccountPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const account = loaded.kind === 'ready' ? loaded.account : null;
  const title = account ? account.name : t('officer.account.title');
  const { setProblems, summary, fieldError } = useProblems(title);
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  useEffect(() => {
    officerCall<{ officers: OfficerAccount[] }>('/api/officers').then(
      ({ officers }) => {
        const found = officers.find((o) => o.id === id);
        if (found) setRole(found.role);
        setLoaded(
          found ? { kind: 'ready', account: found } : { kind: 'missing', message: t('officer.account.missing') },
        );
      },
      (error) => setLoaded({ kind: 'error', message: problemText(error) }),
    );
  }, [id]);

  async function change(
    body: { role?: string; disabled?: boolean },
    field: string,
    success: (a: OfficerAccount) => string,
  ) {
    setBusy(true);
    setDone('');
    try {
      const { officer } = await officerCall<{ officer: OfficerAccount }>(
        `/api/officers/${encodeURIComponent(id)}`,
        jsonBody('PATCH', body),
      );
      setLoaded({ kind: 'ready', account: officer });
      setRole(officer.role);
      setProblems(new Map());
      setDone(success(officer));
    } catch (error) {
      const known = error instanceof OfficerApiError && error.code === 'last-administrator';
      setProblems(new Map([[known ? field : PAGE, problemText(error)]]));
    } finally {
      setBusy(false);
    }
  }

  function saveRole(event: Event) {
    event.preventDefault();
    if (!account) return;
    if (role === account.role) {
      setProblems(new Map([['account-role', t('officer.account.sameRole', { role: roleName(role) })]]));
      return;
    }
    void change({ role }, 'account-role', (a) =>
      t('officer.account.roleChanged', { name: a.name, role: roleName(a.role) }),
    );
  }

  function toggleDisabled() {
    if (!account) return;
    const disabling = account.disabledAt === null;
    void change({ disabled: disabling }, 'account-disable', (a) =>
      disabling ? t('officer.account.disabled', { name: a.name }) : t('officer.account.enabled', { name: a.name }),
    );
  }

  return (
    <>
      {summary}
      <a href="/officer/accounts" class="back-link">
        {t('officer.account.back')}
      </a>
      <div role="status">
        {done && (
          <div class="notice notice--success">
            <p>{done}</p>
          </div>
        )}
      </div>
      <PageHeading>{title}</PageHeading>
      {loaded.kind === 'loading' && <p>{t('officer.accounts.loading')}</p>}
      {(loaded.kind === 'missing' || loaded.kind === 'error') && <p class="notice notice--error">{loaded.message}</p>}
      {account && (
        <>
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt>{t('officer.accounts.colEmail')}</dt>
              <dd class="break-anywhere">{account.email}</dd>
            </div>
            <div class="summary-list__row">
              <dt>{t('officer.accounts.colRole')}</dt>
              <dd>{roleName(account.role)}</dd>
            </div>
            <div class="summary-list__row">
              <dt>{t('officer.accounts.colStatus')}</dt>
              <dd>
                {account.disabledAt
                  ? t('officer.accounts.disabledOn', { time: formatTime(account.disabledAt) })
                  : t('officer.accounts.active')}
              </dd>
            </div>
            <div class="summary-list__row">
              <dt>{t('officer.account.created')}</dt>
              <dd>{formatTime(account.createdAt)}</dd>
            </div>
          </dl>

          <form onSubmit={saveRole} noValidate>
            <RadiosField
              id="account-role"
              label={t('officer.account.roleLegend')}
              options={roleOptions()}
              value={role}
              onValue={setRole}
              error={fieldError('account-role')}
            />
            <button type="submit" class="button" disabled={busy}>
              {t('officer.account.saveRole')}
            </button>
          </form>

          <h2>{account.disabledAt ? t('officer.account.enableHeading') : t('officer.account.disableHeading')}</h2>
          <p>{account.disabledAt ? t('officer.account.enableBody') : t('officer.account.disableBody')}</p>
          <div class={`form-group${fieldError('account-disable') ? ' form-group--error' : ''}`}>
            {fieldError('account-disable') && (
              <p id="account-disable-error" class="field-error">
                <span class="visually-hidden">{t('form.errorPrefix')} </span>
                {fieldError('account-disable')}
              </p>
            )}
            <button
              type="button"
              id="account-disable"
              class={`button ${account.disabledAt ? 'button--secondary' : 'button--warning'}`}
              aria-describedby={fieldError('account-disable') ? 'account-disable-error' : undefined}
              disabled={busy}
              onClick={toggleDisabled}
            >
              {account.disabledAt
                ? t('officer.account.enable', { name: account.name })
                : t('officer.account.disable', { name: account.name })}
            </button>
          </div>
        </>
      )}
    </>
  );
}
