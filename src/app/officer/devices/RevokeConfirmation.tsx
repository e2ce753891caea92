import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { officerCall, problemText } from '../officer-session.ts';
import type { Device } from './device.ts';

/**
 * "Are you sure?" before revoking, naming the tablet and what revoking means; the focus comes here when it
 * opens. Revoking cannot be undone: the tablet would need setting up again.
 */
export function RevokeConfirmation({
  device,
  onDone,
  onCancel,
}: {
  device: Device;
  onDone: (device: Device) => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  useEffect(() => heading.current?.focus(), [device.id]);

  async function revoke() {
    setBusy(true);
    setProblem('');
    try {
      const { device: revoked } = await officerCall<{ device: Device }>(
        `/api/devices/${encodeURIComponent(device.id)}/revoke`,
        { method: 'POST' },
      );
      onDone(revoked);
    } catch (error) {
      setProblem(problemText(error));
      setBusy(false);
    }
  }

  return (
    <section class="confirmation" aria-labelledby="revoke-title">
      <h2 id="revoke-title" ref={heading} tabIndex={-1}>
        {t('officer.devices.confirmTitle', { label: device.label })}
      </h2>
      <p>{t('officer.devices.confirmBody')}</p>
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="button button--warning" disabled={busy} onClick={revoke}>
          {t('officer.devices.confirmYes', { label: device.label })}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('officer.devices.confirmNo')}
        </button>
      </div>
    </section>
  );
}
