import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';

/** The `partner` filter's value for the council's own tablets (server/exports/export-request.ts). */
export const NO_PARTNER = 'none';

/** The partner organisations named on set-up codes so far (`GET /api/devices/partners`); none if unreachable. */
export function usePartners(): string[] {
  const [partners, setPartners] = useState<string[]>([]);
  useEffect(() => {
    fetch('/api/devices/partners', { cache: 'no-store' })
      .then((reply) => (reply.ok ? reply.json() : { partners: [] }))
      .then((body: { partners: string[] }) => setPartners(body.partners))
      .catch(() => setPartners([]));
  }, []);
  return partners;
}

/** Issue 8: narrows reach (or an export) to one partner organisation, or to the council's own tablets. */
export function PartnerFilter({
  id,
  partners,
  value,
  onChange,
}: {
  id: string;
  partners: string[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label class="question__legend" for={id}>
        {t('channels.partnerFilter')}
      </label>
      <select id={id} class="input" value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('channels.allPartners')}</option>
        <option value={NO_PARTNER}>{t('channels.councilOnly')}</option>
        {partners.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </>
  );
}

/** Issue 8: narrows reach to assisted sessions helped by staff, or by an interpreter. */
export function AssistedFilter({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label class="question__legend" for={id}>
        {t('channels.assistedFilter')}
      </label>
      <select id={id} class="input" value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('channels.allSessions')}</option>
        <option value="staff">{t('channels.assistedByStaff')}</option>
        <option value="interpreter">{t('channels.assistedByInterpreter')}</option>
      </select>
    </>
  );
}
