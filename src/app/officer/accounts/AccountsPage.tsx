import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { formatTime } from '../format.ts';
import { NextScreenNotice } from '../NextScreenNotice.tsx';
import { roleName } from '../officer-areas.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { TableScroll } from '../TableScroll.tsx';
import type { OfficerAccount } from './officer-account.ts';

type Accounts =
  | { kind: 'loading' }
  | { kind: 'ready'; officers: OfficerAccount[] }
  | { kind: 'error'; message: string };

/** Every officer account: who, which role, whether it can sign in; add one, or change one. */
export function AccountsPage() {
  useDocumentTitle(t('officer.accounts.title'));
  const [accounts, setAccounts] = useState<Accounts>({ kind: 'loading' });

  useEffect(() => {
    officerCall<{ officers: OfficerAccount[] }>('/api/officers').then(
      ({ officers }) => setAccounts({ kind: 'ready', officers }),
      (error) => setAccounts({ kind: 'error', message: problemText(error) }),
    );
  }, []);

  return (
    <>
      <NextScreenNotice />
      <PageHeading>{t('officer.accounts.title')}</PageHeading>
      <p>
        <a href="/officer/accounts/new" class="button">
          {t('officer.accounts.add')}
        </a>
      </p>
      {accounts.kind === 'loading' && <p>{t('officer.accounts.loading')}</p>}
      {accounts.kind === 'error' && <p class="notice notice--error">{accounts.message}</p>}
      {accounts.kind === 'ready' && (
        <TableScroll captionId="accounts-caption">
          <table class="table">
            <caption id="accounts-caption" class="table__caption">
              {t('officer.accounts.tableCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('officer.accounts.colName')}</th>
                <th scope="col">{t('officer.accounts.colEmail')}</th>
                <th scope="col">{t('officer.accounts.colRole')}</th>
                <th scope="col">{t('officer.accounts.colStatus')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('officer.accounts.colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.officers.map((officer) => (
                <tr key={officer.id}>
                  <th scope="row">{officer.name}</th>
                  <td class="break-anywhere">{officer.email}</td>
                  <td>{roleName(officer.role)}</td>
                  <td>
                    {officer.disabledAt
                      ? t('officer.accounts.disabledOn', { time: formatTime(officer.disabledAt) })
                      : t('officer.accounts.active')}
                  </td>
                  <td>
                    <a href={`/officer/accounts/${encodeURIComponent(officer.id)}`}>
                      {t('officer.accounts.change')}
                      <span class="visually-hidden"> {officer.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
