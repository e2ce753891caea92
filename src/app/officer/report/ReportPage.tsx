import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReachReport } from '../../../core/reach-report.ts';
import { t } from '../../../i18n/i18n.ts';
import { downloadFile } from '../../download-file.ts';
import { useBaselines } from '../../reach/use-baselines.ts';
import { SelectField, TextField } from '../fields.tsx';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms, type PublishedForm } from '../published-forms.ts';
import type { Reflection } from '../reflections/reflection.ts';
import { PAGE, useProblems } from '../use-problems.tsx';
import { loadResultsPage } from './load-results-page.ts';
import { type ReportData, ReportView } from './ReportView.tsx';
import { reportCsv, reportFileName, reportHtml } from './report-files.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The consultation report (issue 8), for officers with the `reach` permission: choose a consultation, the
 * days to cover and a population baseline; read the report, print it (A4, print styles in styles.css), or
 * download it as one web page or its tables as CSV.
 */
export function ReportPage() {
  const { setProblems, summary, fieldError } = useProblems(t('report.title'));
  const [forms, setForms] = useState<PublishedForm[]>([]);
  const [formId, setFormId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [baselines] = useBaselines();
  const [baseline, setBaseline] = useState<string | null>(null);
  const chosenBaseline = baseline ?? (baselines.kind === 'ready' ? (baselines.baselines[0]?.id ?? '') : '');
  const [data, setData] = useState<ReportData | null>(null);
  const [busy, setBusy] = useState(false);
  const reportRef = useRef<HTMLElement>(null);

  useEffect(() => {
    loadPublishedForms().then(setForms, () => setForms([]));
  }, []);
  useEffect(() => {
    if (data) reportRef.current?.querySelector<HTMLElement>('.report__title')?.focus();
  }, [data]);

  async function show(event: Event) {
    event.preventDefault();
    const found = new Map<string, string>();
    if (!formId) found.set('report-form', t('report.chooseFirst'));
    if (from && !DAY.test(from)) found.set('report-from', t('report.dateFormat'));
    if (to && !DAY.test(to)) found.set('report-to', t('report.dateFormat'));
    setProblems(found);
    if (found.size) return;
    setBusy(true);
    try {
      const query = new URLSearchParams({
        form: formId,
        ...(from && { from }),
        ...(to && { to }),
        ...(chosenBaseline && { baseline: chosenBaseline }),
      });
      const [reach, { reflections }, results] = await Promise.all([
        officerCall<ReachReport>(`/api/reach?${query}`),
        officerCall<{ reflections: Reflection[] }>('/api/reflections'),
        loadResultsPage(formId),
      ]);
      const title = forms.find((f) => f.id === formId)?.title ?? formId;
      // This consultation's reflections, and those on its events that named no consultation.
      const events = new Set(reach.byEvent.map((group) => group.key).filter(Boolean));
      const ours = reflections.filter((r) => r.formId === formId || (r.formId === null && events.has(r.event)));
      setData({
        formId,
        title,
        from,
        to,
        reach,
        reflections: ours,
        results,
        madeAt: new Date().toISOString(),
      });
    } catch (error) {
      setProblems(new Map([[PAGE, problemText(error)]]));
    } finally {
      setBusy(false);
    }
  }

  function download(kind: 'html' | 'csv') {
    const report = reportRef.current;
    if (!report || !data) return;
    const name = reportFileName(data.formId, kind);
    if (kind === 'html') {
      downloadFile(name, reportHtml(report, t('report.reportTitle', { title: data.title })), 'text/html');
    } else downloadFile(name, reportCsv(report), 'text/csv');
  }

  return (
    <>
      {summary}
      <div class="report__form">
        <PageHeading>{t('report.title')}</PageHeading>
        <p>{t('report.intro')}</p>
        <form onSubmit={show} noValidate>
          <SelectField
            id="report-form"
            label={t('report.formLabel')}
            options={[
              { value: '', label: t('report.chooseForm') },
              ...forms.map((f) => ({ value: f.id, label: f.title })),
            ]}
            value={formId}
            onValue={setFormId}
            error={fieldError('report-form')}
          />
          <div class="date-range">
            <TextField
              id="report-from"
              label={t('report.from')}
              hint={t('report.dateHint')}
              type="date"
              value={from}
              onValue={setFrom}
              error={fieldError('report-from')}
            />
            <TextField
              id="report-to"
              label={t('report.to')}
              hint={t('report.dateHint')}
              type="date"
              value={to}
              onValue={setTo}
              error={fieldError('report-to')}
            />
          </div>
          {baselines.kind === 'ready' && (
            <SelectField
              id="report-baseline"
              label={t('report.baseline')}
              options={[
                { value: '', label: t('report.noBaseline') },
                ...baselines.baselines.map((b) => ({ value: b.id, label: b.name })),
              ]}
              value={chosenBaseline}
              onValue={setBaseline}
            />
          )}
          <button type="submit" class="button" disabled={busy}>
            {t('report.show')}
          </button>
        </form>
        <div role="status">{busy && <p>{t('report.loading')}</p>}</div>
      </div>
      {data && (
        <>
          <div class="report__actions button-group">
            <button type="button" class="button button--secondary" onClick={() => window.print()}>
              {t('report.print')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => download('html')}>
              {t('report.download')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => download('csv')}>
              {t('report.downloadCsv')}
            </button>
          </div>
          <article class="report" ref={reportRef} aria-label={t('report.reportTitle', { title: data.title })}>
            <ReportView data={data} />
          </article>
        </>
      )}
    </>
  );
}
