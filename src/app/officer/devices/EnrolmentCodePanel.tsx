import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { formatTime } from '../format.ts';
import type { EnrolmentCode } from './device.ts';
import { QrCode } from './QrCode.tsx';

/**
 * A new set-up code, shown once: large, in two groups of four, with when it expires, a QR code of the
 * set-up address for the tablet's camera, the same address in words for typing, and a way to print it.
 */
export function EnrolmentCodePanel({ code, onAnother }: { code: EnrolmentCode; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [code.code]);
  const setupAddress = `${location.origin}/setup`;
  const groups = code.code.split('-');
  return (
    <section class="enrolment-code" aria-labelledby="enrolment-code-title">
      <h2 id="enrolment-code-title" ref={heading} tabIndex={-1}>
        {t('officer.devices.codeTitle', { label: code.label })}
      </h2>
      <p class="enrolment-code__code">
        <span class="visually-hidden">{t('officer.devices.codeIs')} </span>
        {groups.map((group, i) => (
          <span key={group} class="enrolment-code__group">
            {group}
            {i < groups.length - 1 && <span aria-hidden="true">-</span>}
          </span>
        ))}
      </p>
      {code.partner && <p>{t('channels.partnerOnCode', { partner: code.partner })}</p>}
      <p>{t('officer.devices.codeExpires', { time: formatTime(code.expiresAt) })}</p>
      <div class="enrolment-code__ways">
        <QrCode rows={code.qr.rows} label={t('officer.devices.qrLabel', { code: code.code })} />
        <div>
          <p>{t('officer.devices.scan')}</p>
          <p>{t('officer.devices.orType', { address: setupAddress })}</p>
          <p class="hint">{t('officer.devices.shownOnce')}</p>
        </div>
      </div>
      <div class="button-group enrolment-code__actions">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {t('officer.devices.print')}
        </button>
        <button type="button" class="button button--secondary" onClick={onAnother}>
          {t('officer.devices.another')}
        </button>
      </div>
    </section>
  );
}
