import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { hasPermission, officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { useProblems } from '../use-problems.tsx';
import { DeviceTable } from './DeviceTable.tsx';
import type { Device, EnrolmentCode } from './device.ts';
import { EnrolmentCodePanel } from './EnrolmentCodePanel.tsx';
import { EnrolmentForm } from './EnrolmentForm.tsx';
import { RevokeConfirmation } from './RevokeConfirmation.tsx';

type DeviceList = { kind: 'loading' } | { kind: 'ready'; devices: Device[] } | { kind: 'error'; message: string };

/**
 * Tablets: make a one-time set-up code for a new tablet (devices.enrol), see every tablet and how it is
 * sending (devices.view), and revoke one that is lost or retired (devices.revoke).
 */
export function DevicesPage() {
  const { problems, setProblems, summary } = useProblems(t('officer.devices.title'));
  const [list, setList] = useState<DeviceList>({ kind: 'loading' });
  const [code, setCode] = useState<EnrolmentCode | null>(null);
  const [confirming, setConfirming] = useState<Device | null>(null);
  const [done, setDone] = useState('');
  const doneRef = useRef<HTMLDivElement>(null);
  const canEnrol = hasPermission('devices.enrol');
  const canRevoke = hasPermission('devices.revoke');

  async function refresh() {
    try {
      const { devices } = await officerCall<{ devices: Device[] }>('/api/devices');
      setList({ kind: 'ready', devices });
    } catch (error) {
      setList({ kind: 'error', message: problemText(error) });
    }
  }
  useEffect(() => void refresh(), []);
  // The confirmation that had the focus is gone: the focus goes to what happened.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function revoked(device: Device) {
    setConfirming(null);
    await refresh();
    setDone(t('officer.devices.revoked', { label: device.label }));
  }

  function cancelRevoke() {
    const device = confirming;
    setConfirming(null);
    // Back to the button that opened the question.
    requestAnimationFrame(() =>
      document.querySelector<HTMLButtonElement>(`button[data-device="${CSS.escape(device?.id ?? '')}"]`)?.focus(),
    );
  }

  return (
    <>
      {summary}
      <PageHeading>{t('officer.devices.title')}</PageHeading>
      <div role="status" class="notice-slot">
        {done && (
          <div class="notice notice--success" ref={doneRef} tabIndex={-1}>
            <p>{done}</p>
          </div>
        )}
      </div>

      {canEnrol && (
        <>
          <h2>{t('officer.devices.enrolHeading')}</h2>
          <p>{t('officer.devices.enrolIntro')}</p>
          {code ? (
            <EnrolmentCodePanel code={code} onAnother={() => setCode(null)} />
          ) : (
            <EnrolmentForm onCode={setCode} problems={problems} setProblems={setProblems} />
          )}
        </>
      )}

      <h2>{t('officer.devices.listHeading')}</h2>
      {confirming && <RevokeConfirmation device={confirming} onDone={revoked} onCancel={cancelRevoke} />}
      {list.kind === 'loading' && <p>{t('officer.devices.loading')}</p>}
      {list.kind === 'error' && <p class="notice notice--error">{list.message}</p>}
      {list.kind === 'ready' && list.devices.length === 0 && <p>{t('officer.devices.none')}</p>}
      {list.kind === 'ready' && list.devices.length > 0 && (
        <DeviceTable
          devices={list.devices}
          canRevoke={canRevoke}
          onRevoke={(device) => {
            setDone('');
            setConfirming(device);
          }}
        />
      )}
      <button type="button" class="button button--secondary" onClick={() => void refresh()}>
        {t('officer.devices.refresh')}
      </button>
    </>
  );
}
