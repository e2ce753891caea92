import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { officerFetch } from './officer/officer-api.ts';
import { useDocumentTitle } from './use-document-title.ts';

interface ImportReply {
  deviceId: string;
  counts: { stored: number; duplicate: number; conflict: number; rejected: number };
  /** Registrations of interest in the file (issue 8), counted apart from the responses. */
  registrationCounts?: { stored: number; duplicate: number; conflict: number; rejected: number };
  results: { id: string; status: string; error?: string }[];
}

type Outcome = { kind: 'done'; reply: ImportReply } | { kind: 'error'; message: string } | null;

/**
 * For officers (under /officer/import, permission `import`): import a file of unsent responses saved on a
 * tablet that could not connect. The endpoint checks it exactly as it checks a sync, so importing the same
 * file twice stores nothing twice.
 */
export function ImportPage() {
  useDocumentTitle(t('import.title'));
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function upload(event: Event) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setOutcome({ kind: 'error', message: t('import.chooseFile') });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      // officerFetch adds the session's CSRF token: importing changes what the endpoint holds.
      const reply = await officerFetch('/api/import', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: await file.text(),
      });
      const body = (await reply.json().catch(() => null)) as
        | (ImportReply & { error?: undefined })
        | { error: { message: string } }
        | null;
      if (!reply.ok || !body || body.error) {
        setOutcome({ kind: 'error', message: body?.error?.message ?? t('import.failed', { status: reply.status }) });
      } else {
        setOutcome({ kind: 'done', reply: body as ImportReply });
      }
    } catch {
      setOutcome({ kind: 'error', message: t('import.offline') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <form onSubmit={upload}>
        <label class="question__legend" for="import-file">
          {t('import.fileLabel')}
        </label>
        <input id="import-file" type="file" accept="application/json,.json" ref={input} class="file-input" />
        <button type="submit" class="button" disabled={busy}>
          {busy ? t('import.importing') : t('import.submit')}
        </button>
      </form>
      <div role="status">
        {outcome?.kind === 'error' && <p class="field-error">{outcome.message}</p>}
        {outcome?.kind === 'done' && (
          <>
            <h2>{t('import.doneTitle')}</h2>
            <ul>
              <li>{t('import.stored', { count: outcome.reply.counts.stored })}</li>
              <li>{t('import.duplicate', { count: outcome.reply.counts.duplicate })}</li>
              <li>{t('import.conflict', { count: outcome.reply.counts.conflict })}</li>
              <li>{t('import.rejected', { count: outcome.reply.counts.rejected })}</li>
              {outcome.reply.registrationCounts && (
                <li>
                  {t('import.registrations', {
                    count: outcome.reply.registrationCounts.stored + outcome.reply.registrationCounts.duplicate,
                  })}
                  {outcome.reply.registrationCounts.rejected + outcome.reply.registrationCounts.conflict > 0 &&
                    ` ${t('import.registrationsRefused', {
                      count: outcome.reply.registrationCounts.rejected + outcome.reply.registrationCounts.conflict,
                    })}`}
                </li>
              )}
            </ul>
          </>
        )}
      </div>
      {outcome?.kind === 'done' && outcome.reply.results.some((r) => r.error) && (
        <ul class="attention-list">
          {outcome.reply.results
            .filter((r) => r.error)
            .map((r) => (
              <li key={r.id}>
                {r.id || t('import.noId')}: {r.error}
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
