import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { downloadBlob } from '../../download-file.ts';
import { RadiosField, SelectField } from '../fields.tsx';
import { formatBytes } from '../format.ts';
import { hasPermission, officerCall, problemText, sessionEnded } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms, type PublishedForm } from '../published-forms.ts';
import { PAGE, useProblems } from '../use-problems.tsx';
import { downloadExport, ExportFailed, type ExportFormat, type ExportProgress } from './download-export.ts';
import { ExportFilters } from './ExportFilters.tsx';
import { ExportProgressView, progressAnnouncement } from './ExportProgressView.tsx';
import { type ExportChoices, exportPath, fieldForRefusal } from './export-query.ts';

type Run =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress; controller: AbortController }
  | { kind: 'done'; message: string }
  | { kind: 'cancelled' };

const BLANK: ExportChoices = {
  form: '',
  version: '',
  from: '',
  to: '',
  event: '',
  channel: '',
  language: '',
  partner: '',
  assisted: '',
  format: 'csv',
};

/**
 * Exports: one consultation's responses, filtered, as CSV, XLSX or JSON. The file is fetched and read as a
 * stream, so a large export shows how far it has come and can be cancelled; then it is saved as a file.
 */
export function ExportsPage() {
  const { setProblems, summary, fieldError } = useProblems(t('officer.exports.title'));
  const [forms, setForms] = useState<PublishedForm[] | null>(null);
  const [formsProblem, setFormsProblem] = useState('');
  const [choices, setChoices] = useState<ExportChoices>(BLANK);
  const [events, setEvents] = useState<string[]>([]);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const cancelRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const chosen = forms?.find((f) => f.id === choices.form);

  useEffect(() => {
    loadPublishedForms().then(setForms, (error) => setFormsProblem(problemText(error)));
  }, []);
  // The events a form's responses name, offered as suggestions (only to officers who may list events).
  useEffect(() => {
    setEvents([]);
    if (!choices.form || !hasPermission('events')) return;
    officerCall<{ events: { event: string }[] }>(`/api/events?form=${encodeURIComponent(choices.form)}`).then(
      (reply) => setEvents(reply.events.map((e) => e.event).filter(Boolean)),
      () => setEvents([]),
    );
  }, [choices.form]);
  useEffect(() => {
    if (run.kind === 'running') cancelRef.current?.querySelector('button')?.focus();
    if (run.kind === 'done' || run.kind === 'cancelled') resultRef.current?.focus();
  }, [run.kind]);

  async function start(event: Event) {
    event.preventDefault();
    const found = new Map<string, string>();
    if (!choices.form) found.set('export-form', t('officer.exports.chooseForm'));
    for (const id of ['export-from', 'export-to']) {
      if ((document.getElementById(id) as HTMLInputElement | null)?.validity.badInput) {
        found.set(id, t('officer.exports.realDate'));
      }
    }
    if (!found.size && choices.from && choices.to && choices.from > choices.to) {
      found.set('export-to', t('officer.exports.toBeforeFrom'));
    }
    setProblems(found);
    if (found.size) return;

    const controller = new AbortController();
    setRun({ kind: 'running', progress: { total: null, rows: null, bytes: 0 }, controller });
    setAnnouncement(t('officer.exports.started'));
    try {
      const file = await downloadExport(exportPath(choices), choices.format, controller.signal, (progress) => {
        setRun({ kind: 'running', progress, controller });
        setAnnouncement(progressAnnouncement(progress));
      });
      downloadBlob(file.filename, file.blob);
      const message =
        file.rows !== null
          ? t('officer.exports.done', { count: file.rows, filename: file.filename })
          : t('officer.exports.doneBytes', { size: formatBytes(file.blob.size), filename: file.filename });
      // The focus moves to this message (the Cancel button it was on is gone), which reads it out.
      setAnnouncement('');
      setRun({ kind: 'done', message });
    } catch (error) {
      setAnnouncement('');
      if (!(error instanceof ExportFailed)) {
        setRun({ kind: 'idle' });
        setProblems(new Map([[PAGE, problemText(error)]]));
        return;
      }
      const failure = error.failure;
      if (failure.code === 'cancelled') {
        setRun({ kind: 'cancelled' });
        return;
      }
      setRun({ kind: 'idle' });
      if (failure.code === 'signed-out') return sessionEnded();
      const field = failure.code === 'refused' ? fieldForRefusal(failure.apiCode, failure.message) : PAGE;
      const message =
        failure.code === 'refused'
          ? failure.message
          : failure.code === 'offline'
            ? t('officer.exports.offline')
            : t('officer.exports.interrupted');
      setProblems(new Map([[field, message]]));
    }
  }

  const running = run.kind === 'running';
  return (
    <>
      {summary}
      <PageHeading>{t('officer.exports.title')}</PageHeading>
      <p>{t('officer.exports.intro')}</p>
      {formsProblem && <p class="notice notice--error">{formsProblem}</p>}
      {forms && forms.length === 0 && <p>{t('officer.exports.noForms')}</p>}
      {forms && forms.length > 0 && (
        <form onSubmit={start} noValidate>
          <SelectField
            id="export-form"
            label={t('officer.exports.form')}
            options={[
              { value: '', label: t('officer.exports.chooseFormOption') },
              ...forms.map((f) => ({ value: f.id, label: f.title })),
            ]}
            value={choices.form}
            onValue={(form) => setChoices((c) => ({ ...c, form, version: '', language: '', event: '' }))}
            error={fieldError('export-form')}
          />
          <ExportFilters
            form={chosen}
            choices={choices}
            events={events}
            onChoice={(name, value) => setChoices((c) => ({ ...c, [name]: value }))}
            fieldError={fieldError}
          />
          <RadiosField
            id="export-format"
            label={t('officer.exports.format')}
            options={[
              { value: 'csv', label: t('officer.exports.csv'), hint: t('officer.exports.csvHint') },
              { value: 'xlsx', label: t('officer.exports.xlsx'), hint: t('officer.exports.xlsxHint') },
              { value: 'json', label: t('officer.exports.json'), hint: t('officer.exports.jsonHint') },
            ]}
            value={choices.format}
            onValue={(format) => setChoices((c) => ({ ...c, format: format as ExportFormat }))}
          />
          <button type="submit" class="button" disabled={running}>
            {t('officer.exports.download')}
          </button>
        </form>
      )}
      <div ref={cancelRef}>
        {run.kind === 'running' && (
          <ExportProgressView progress={run.progress} onCancel={() => run.controller.abort()} />
        )}
      </div>
      {(run.kind === 'done' || run.kind === 'cancelled') && (
        <div class="notice notice--success" ref={resultRef} tabIndex={-1}>
          <p>{run.kind === 'done' ? run.message : t('officer.exports.cancelled')}</p>
        </div>
      )}
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
