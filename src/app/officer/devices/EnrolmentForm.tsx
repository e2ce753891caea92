import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { TextField } from '../fields.tsx';
import { jsonBody, OfficerApiError } from '../officer-api.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PAGE, type Problems } from '../use-problems.tsx';
import type { EnrolmentCode } from './device.ts';

const MAX_LABEL = 80;
/** As server/channels/partner-name.ts keeps it. */
const MAX_PARTNER = 120;

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
  const [partner, setPartner] = useState('');
  const [partners, setPartners] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    officerCall<{ partners: string[] }>('/api/devices/partners').then(
      (reply) => setPartners(reply.partners),
      () => setPartners([]),
    );
  }, []);

  async function create(event: Event) {
    event.preventDefault();
    const trimmed = label.trim();
    const found = new Map<string, string>();
    if (!trimmed) found.set('device-label', t('officer.devices.enterLabel'));
    else if (trimmed.length > MAX_LABEL)
      found.set('device-label', t('officer.devices.labelTooLong', { count: MAX_LABEL }));
    if (partner.trim().length > MAX_PARTNER) {
      found.set('device-partner', t('channels.partnerTooLong', { count: MAX_PARTNER }));
    }
    if (found.size) return setProblems(found);
    setBusy(true);
    try {
      const code = await officerCall<EnrolmentCode>(
        '/api/devices/enrolment-codes',
        jsonBody('POST', { label: trimmed, partner: partner.trim() }),
      );
      setProblems(new Map());
      setLabel('');
      setPartner('');
      onCode(code);
    } catch (error) {
      const refused = error instanceof OfficerApiError && error.status === 400;
      const field = refused ? (error.code === 'invalid-partner' ? 'device-partner' : 'device-label') : PAGE;
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
      <TextField
        id="device-partner"
        label={t('channels.partnerLabel')}
        hint={t('channels.partnerHint')}
        autoComplete="off"
        list={partners.length ? 'device-partner-names' : undefined}
        value={partner}
        onValue={setPartner}
        error={problems.get('device-partner')}
      />
      {partners.length > 0 && (
        <datalist id="device-partner-names">
          {partners.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
      <button type="submit" class="button" disabled={busy}>
        {t('officer.devices.create')}
      </button>
    </form>
  );
}
