import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import {
  OfficerApiError,
  type OfficerSession,
  officerFetch,
  officerJson,
  rememberSession,
} from '../officer/officer-api.ts';
import type { BaselineSummary } from './use-baselines.ts';

interface Problem {
  line: number | null;
  message: string;
}

type Outcome =
  | { kind: 'problems'; message: string; problems: Problem[]; field: 'name' | 'file' }
  | { kind: 'added'; name: string; count: number }
  | null;

/**
 * Adds a population baseline from a CSV file (`POST /api/reach/baselines`). A refused file is explained as
 * the GOV.UK error summary does: "There is a problem", focused, with each of the endpoint's problems by
 * line, linked to the file field. Nothing is stored unless the whole file is right.
 */
export function BaselineUpload({ onAdded }: { onAdded: (baseline: BaselineSummary) => void }) {
  const nameInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  function refuse(field: 'name' | 'file', message: string, problems: Problem[] = []) {
    setOutcome({ kind: 'problems', field, message, problems });
    // After the summary renders, so a screen reader hears it first.
    requestAnimationFrame(() => summary.current?.focus());
  }

  async function add(event: Event) {
    event.preventDefault();
    const name = nameInput.current?.value.trim() ?? '';
    const file = fileInput.current?.files?.[0];
    if (!name) return refuse('name', t('reach.baseline.nameMissing'));
    if (!file) return refuse('file', t('reach.baseline.chooseFile'));
    setBusy(true);
    setOutcome(null);
    try {
      // The session's CSRF token goes with every change; read it now in case this page was opened directly.
      rememberSession(await officerJson<OfficerSession>('/api/session'));
      const body = new FormData();
      body.set('name', name);
      body.set('file', file);
      const reply = await officerFetch('/api/reach/baselines', { method: 'POST', body });
      const answer = (await reply.json().catch(() => null)) as {
        baseline?: BaselineSummary;
        error?: { code: string; message: string; problems?: Problem[] };
      } | null;
      if (reply.status === 201 && answer?.baseline) {
        setOutcome({ kind: 'added', name: answer.baseline.name, count: answer.baseline.rowCount });
        if (fileInput.current) fileInput.current.value = '';
        if (nameInput.current) nameInput.current.value = '';
        onAdded(answer.baseline);
      } else if (answer?.error?.code === 'missing-name' || answer?.error?.code === 'name-too-long') {
        refuse('name', answer.error.message);
      } else {
        refuse(
          'file',
          answer?.error?.message ?? t('reach.baseline.failedUpload', { status: reply.status }),
          answer?.error?.problems,
        );
      }
    } catch (error) {
      if (!(error instanceof OfficerApiError) || error.code === 'offline') refuse('file', t('reach.baseline.offline'));
      else refuse('file', error.status === 401 ? t('reach.baseline.signedOut') : error.message);
    } finally {
      setBusy(false);
    }
  }

  const problems = outcome?.kind === 'problems' ? outcome : null;
  return (
    <form onSubmit={add} class="baseline-upload" noValidate>
      <p>{t('reach.baseline.uploadIntro')}</p>
      {problems && (
        <div class="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="baseline-problem-title">
          <h3 id="baseline-problem-title" class="error-summary__title">
            {t('reach.baseline.problemTitle')}
          </h3>
          <ul class="error-summary__list">
            <li>
              <a
                href={`#baseline-${problems.field}`}
                onClick={(event) => {
                  // Focus the field itself; the router must not take this for a change of page.
                  event.preventDefault();
                  document.getElementById(`baseline-${problems.field}`)?.focus();
                }}
              >
                {problems.message}
              </a>
            </li>
          </ul>
          {problems.problems.length > 0 && (
            <ul class="baseline-upload__problems">
              {problems.problems.map((problem, i) => (
                <li key={i}>
                  {problem.line === null
                    ? problem.message
                    : t('reach.baseline.lineProblem', { line: problem.line, message: problem.message })}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div class={`question${problems?.field === 'name' ? ' question--error' : ''}`}>
        <label class="question__legend" for="baseline-name">
          {t('reach.baseline.nameLabel')}
        </label>
        <div id="baseline-name-hint" class="hint">
          {t('reach.baseline.nameHint')}
        </div>
        {problems?.field === 'name' && (
          <p id="baseline-name-error" class="field-error">
            {problems.message}
          </p>
        )}
        <input
          id="baseline-name"
          ref={nameInput}
          class="input"
          type="text"
          maxLength={120}
          autocomplete="off"
          aria-describedby={`baseline-name-hint${problems?.field === 'name' ? ' baseline-name-error' : ''}`}
        />
      </div>
      <div class={`question${problems?.field === 'file' ? ' question--error' : ''}`}>
        <label class="question__legend" for="baseline-file">
          {t('reach.baseline.fileLabel')}
        </label>
        {problems?.field === 'file' && (
          <p id="baseline-file-error" class="field-error">
            {problems.message}
          </p>
        )}
        <input
          id="baseline-file"
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          class="file-input"
          aria-describedby={problems?.field === 'file' ? 'baseline-file-error' : undefined}
        />
      </div>
      <button type="submit" class="button" disabled={busy}>
        {busy ? t('reach.baseline.uploading') : t('reach.baseline.upload')}
      </button>
      <div role="status">
        {outcome?.kind === 'added' && (
          <p class="notice">{t('reach.baseline.added', { name: outcome.name, count: outcome.count })}</p>
        )}
      </div>
    </form>
  );
}
