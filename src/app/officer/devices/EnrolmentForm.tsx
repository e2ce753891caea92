import { useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { TextField } from '../fields.tsx';
import { jsonBody, OfficerApiError } from '../officer-api.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PAGE, type Problems } from '../use-problems.tsx';
import type { EnrolmentCode } from './device.ts';

const MAX_LABEL = 80;

/** Names a tablet to be set up and asks the endpoint for its one-time code. */
export function EnrolmentForm({
  onCode,
  problems,
  setProblems,
}: {
  onCode: (code: EnrolmentCode) => void;
  problems: Problems;
  setProblems: (problems: Problems) => void;
}) {
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);

  async function create(event: Event) {
    event.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) return setProblems(new Map([['device-label', t('officer.devices.enterLabel')]]));
    if (trimmed.length > MAX_LABEL) {
      return setProblems(new Map([['device-label', t('officer.devices.labelTooLong', { count: MAX_LABEL })]]));
    }
    setBusy(true);
    try {
      const code = await officerCall<EnrolmentCode>(
        '/api/devices/enrolment-codes',
        jsonBody('POST', { label: trimmed }),
      );
      setProblems(new Map());
      setLabel('');
      onCode(code);
    } catch (error) {
      const field = error instanceof OfficerApiError && error.status === 400 ? 'device-label' : PAGE;
      setProblems(new Map([[field, problemText(error)]]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={create} noValidate>
      <TextField
        id="device-label"
        label={t('officer.devices.labelLabel')}
        hint={t('officer.devices.labelHint', { count: MAX_LABEL })}
        autoComplete="off"
        value={label}
        onValue={setLabel}
        error={problems.get('device-label')}
      />
      <button type="submit" class="button" disabled={busy}>
        {t('officer.devices.create')}
      </button>
    </form>
  );
}
