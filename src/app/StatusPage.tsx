import { useEffect, useState } from 'preact/hooks';
import { db } from '../db/db.ts';
import { getDeviceId, getLastSend } from '../db/device.ts';
import { countOutbox, listNeedsAttention } from '../db/outbox.ts';
import { getCollecting, getEnrolment } from '../db/tablet-setup.ts';
import { buildUnsentFile } from '../db/unsent-file.ts';
import { t, timeLocale } from '../i18n/i18n.ts';
import { readStorageStatus, requestPersistentStorage, type StorageStatus } from '../storage-status.ts';
import { sendProgress } from '../sw-bridge.ts';
import { downloadFile } from './download-file.ts';
import { pickText } from './opportunities/opportunity-text.ts';
import { waitingText } from './opportunities/outbox-text.ts';
import { SendProgressBar } from './SendProgressBar.tsx';
import { channelName } from './setup/channel-text.ts';
import { accessProblem } from './tablet-access.ts';
import { useDocumentTitle } from './use-document-title.ts';
import { useLiveQuery } from './use-live-query.ts';
import { useSendReports } from './use-send-reports.ts';

/** For staff: what is on this tablet, what was sent, what needs attention, and storage. */
export function StatusPage() {
  useDocumentTitle(t('status.title'));
  const reports = useSendReports();
  const counts = useLiveQuery(countOutbox, [reports]);
  const lastSend = useLiveQuery(getLastSend, [reports]);
  const attention = useLiveQuery(listNeedsAttention, [reports]);
  const enrolment = useLiveQuery(async () => (await getEnrolment()) ?? null, []);
  const collecting = useLiveQuery(getCollecting, []);
  const receipts = useLiveQuery(() => db.receipts.orderBy('sentAt').reverse().limit(10).toArray(), [reports]);
  const opportunities = useLiveQuery(() => db.opportunities.toArray(), []);
  const opportunityTitle = (id: string) => {
    const found = opportunities?.find((o) => o.id === id);
    return found ? pickText(found.title).text : id;
  };
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [fileMessage, setFileMessage] = useState('');

  useEffect(() => {
    void readStorageStatus().then(setStorage);
  }, [reports]);

  async function askPersistence() {
    await requestPersistentStorage();
    setStorage(await readStorageStatus());
  }

  async function saveUnsent() {
    const file = await buildUnsentFile(await getDeviceId());
    const stamp = file.exportedAt.slice(0, 16).replace(':', '');
    downloadFile(`chorus-unsent-${stamp}.json`, JSON.stringify(file, null, 2));
    const registrations = file.registrations?.length ?? 0;
    setFileMessage(
      registrations > 0
        ? `${t('status.fileSaved', { count: file.count })} ${t('opportunities.fileAlso', { registrations: t('opportunities.registrationsCount', { count: registrations }) })}`
        : t('status.fileSaved', { count: file.count }),
    );
  }

  function downloadAttention() {
    const rows = (attention ?? []).map(({ response, registration, attention: why }) =>
      registration ? { reason: why, registration } : { reason: why, response },
    );
    downloadFile('chorus-needs-attention.json', JSON.stringify(rows, null, 2));
  }

  const inFlight = sendProgress.value?.inFlight ?? 0;
  const problem = enrolment === undefined ? null : accessProblem(lastSend, enrolment);
  return (
    <>
      <h1>{t('status.title')}</h1>
      <h2>{t('status.tabletHeading')}</h2>
      {enrolment !== undefined && collecting && (
        <>
          {problem && enrolment && (
            <p class="notice notice--error">{problem === 'revoked' ? t('setup.revoked') : t('setup.unknown')}</p>
          )}
          <dl class="summary-list">
            <Row label={t('status.setUpAs')} value={enrolment ? enrolment.label : t('status.notSetUp')} />
            <Row label={t('status.event')} value={collecting.event || t('status.noEvent')} />
            <Row label={t('status.channel')} value={channelName(collecting.channel)} />
          </dl>
          <p>
            <a href="/setup">{enrolment && !problem ? t('status.changeLink') : t('status.setUpLink')}</a>
          </p>
        </>
      )}
      <h2>{t('status.responsesHeading')}</h2>
      {counts && waitingText(counts) && <p>{waitingText(counts)}</p>}
      {counts && (
        <dl class="summary-list">
          <Row label={t('status.waiting')} value={counts.waiting - counts.waitingRegistrations - inFlight} />
          <Row label={t('status.sending')} value={inFlight} />
          <Row label={t('status.sent')} value={counts.sent} />
          <Row label={t('status.attention')} value={counts.attention - counts.attentionRegistrations} />
          {counts.waitingRegistrations + counts.attentionRegistrations > 0 && (
            <>
              <Row label={t('opportunities.statusWaiting')} value={counts.waitingRegistrations} />
              <Row label={t('opportunities.statusAttention')} value={counts.attentionRegistrations} />
            </>
          )}
          <Row
            label={t('status.lastSuccess')}
            value={lastSend?.lastSuccessAt ? formatTime(lastSend.lastSuccessAt) : t('status.never')}
          />
        </dl>
      )}
      <SendProgressBar />

      <h2>{t('status.storageHeading')}</h2>
      {storage && (
        <>
          <p>
            {storage.persisted === true
              ? t('status.persisted')
              : storage.persisted === false
                ? t('status.notPersisted')
                : t('status.persistUnknown')}
          </p>
          {storage.usageBytes !== null && storage.quotaBytes !== null && (
            <p>
              {t('status.usage', {
                used: formatBytes(storage.usageBytes),
                left: formatBytes(Math.max(0, storage.quotaBytes - storage.usageBytes)),
              })}
            </p>
          )}
          {storage.persisted === false && (
            <button type="button" class="button button--secondary" onClick={askPersistence}>
              {t('status.askPersist')}
            </button>
          )}
        </>
      )}

      <h2>{t('status.attentionHeading')}</h2>
      {attention && attention.length === 0 && <p>{t('status.attentionNone')}</p>}
      {attention && attention.length > 0 && (
        <>
          <p>{t('status.attentionIntro')}</p>
          <ul class="attention-list">
            {attention.map(({ id, response, registration, attention: why }) => (
              <li key={id}>
                <strong>{why?.status === 'conflict' ? t('status.conflict') : t('status.rejected')}</strong>:{' '}
                {why?.error}
                <br />
                <span class="hint">
                  {registration
                    ? t('opportunities.attentionItem', {
                        opportunity: opportunityTitle(registration.opportunityId),
                        time: formatTime(registration.submittedAt),
                        id,
                      })
                    : t('status.attentionItem', { form: response.formId, time: formatTime(response.submittedAt), id })}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" class="button button--secondary" onClick={downloadAttention}>
            {t('status.downloadAttention')}
          </button>
        </>
      )}

      <h2>{t('status.fileHeading')}</h2>
      <p>{t('status.fileIntro')}</p>
      <button type="button" class="button button--secondary" onClick={saveUnsent}>
        {t('status.saveFile')}
      </button>
      <p role="status">{fileMessage}</p>

      <h2>{t('status.officersHeading')}</h2>
      <ul>
        <li>
          <a href="/officer/import">{t('status.importLink')}</a>
        </li>
        <li>
          <a href="/officer/reach">{t('status.reachLink')}</a>
        </li>
      </ul>

      <h2>{t('status.receiptsHeading')}</h2>
      {receipts && receipts.length === 0 && <p>{t('status.receiptsNone')}</p>}
      {receipts && receipts.length > 0 && (
        <ul>
          {receipts.map((r) => (
            <li key={r.id}>
              {r.formId === undefined
                ? t('opportunities.receipt', { time: formatTime(r.sentAt) })
                : t('status.receipt', { time: formatTime(r.sentAt), form: r.formId })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Row({ label, value }: { label: string; value: string | number }) {
  return (
    <div class="summary-list__row">
      <dt>{label}</dt>
      <dd>{typeof value === 'number' ? new Intl.NumberFormat(timeLocale()).format(value) : value}</dd>
    </div>
  );
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(timeLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1.5 MB", "1,5 MB", "1.5 میگا بائٹ": the screen's locale names the unit and writes the number. */
function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(timeLocale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
