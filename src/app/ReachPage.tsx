import { useEffect, useState } from 'preact/hooks';
import type { FormDefinition } from '../core/form.ts';
import type { ReachReport } from '../core/reach-report.ts';
import { localise } from '../core/text.ts';
import { currentLanguage, t, timeLocale } from '../i18n/i18n.ts';
import { ReachTable } from './ReachTable.tsx';
import { BaselineUpload } from './reach/BaselineUpload.tsx';
import { ChannelTables } from './reach/ChannelTables.tsx';
import { EqualityComparison } from './reach/EqualityComparison.tsx';
import { AssistedFilter, PartnerFilter, usePartners } from './reach/PartnerFilter.tsx';
import { type Baselines, useBaselines } from './reach/use-baselines.ts';
import { useDocumentTitle } from './use-document-title.ts';

type Forms = { kind: 'loading' } | { kind: 'ready'; forms: FormDefinition[] } | { kind: 'error'; message: string };
type Report =
  | { kind: 'loading' }
  | { kind: 'ready'; report: ReachReport; title: string }
  | { kind: 'error'; message: string }
  | null;

/**
 * For officers: how many responses a consultation has, by channel, language, event and day, with small
 * groups suppressed by the endpoint; and, where the form asks the equality questions, who answered in each
 * Census group beside the population baseline chosen (newest first; one can be added from a CSV file here).
 * The counts come from the endpoint, so this screen needs a connection.
 */
export function ReachPage() {
  useDocumentTitle(t('reach.title'));
  const [forms, setForms] = useState<Forms>({ kind: 'loading' });
  const [chosen, setChosen] = useState('');
  const [partner, setPartner] = useState('');
  const [assisted, setAssisted] = useState('');
  const partners = usePartners();
  const [report, setReport] = useState<Report>(null);
  const [baselines, reloadBaselines] = useBaselines();
  // null until the officer chooses: then the newest baseline; "" compares with none.
  const [baseline, setBaseline] = useState<string | null>(null);
  const chosenBaseline = baseline ?? (baselines.kind === 'ready' ? (baselines.baselines[0]?.id ?? '') : '');

  useEffect(() => {
    void getJson<{ forms: FormDefinition[] }>('/api/forms').then((reply) =>
      setForms(
        'message' in reply ? { kind: 'error', message: reply.message } : { kind: 'ready', forms: latest(reply.forms) },
      ),
    );
  }, []);

  async function show(event: Event) {
    event.preventDefault();
    if (!chosen) {
      setReport({ kind: 'error', message: t('reach.chooseFirst') });
      return;
    }
    setReport({ kind: 'loading' });
    const query = new URLSearchParams({
      form: chosen,
      ...(chosenBaseline && { baseline: chosenBaseline }),
      ...(partner && { partner }),
      ...(assisted && { assisted }),
    });
    const reply = await getJson<ReachReport>(`/api/reach?${query}`);
    const form = forms.kind === 'ready' ? forms.forms.find((f) => f.id === chosen) : undefined;
    const title = form ? localise(form.title, currentLanguage(), form.defaultLanguage).text : chosen;
    setReport('message' in reply ? { kind: 'error', message: reply.message } : { kind: 'ready', report: reply, title });
  }

  const language = currentLanguage();
  return (
    <>
      <h1>{t('reach.title')}</h1>
      <p>{t('reach.intro')}</p>
      <p class="hint">{t('reach.privacy')}</p>
      {forms.kind === 'loading' && <p>{t('reach.loadingForms')}</p>}
      {forms.kind === 'error' && <p class="notice notice--error">{forms.message}</p>}
      {forms.kind === 'ready' && forms.forms.length === 0 && <p>{t('reach.noForms')}</p>}
      {forms.kind === 'ready' && forms.forms.length > 0 && (
        <form onSubmit={show} class="reach__picker">
          <label class="question__legend" for="reach-form">
            {t('reach.formLabel')}
          </label>
          <select
            id="reach-form"
            class="input"
            value={chosen}
            onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}
          >
            <option value="">{t('reach.chooseForm')}</option>
            {forms.forms.map((form) => (
              <option key={form.id} value={form.id}>
                {localise(form.title, language, form.defaultLanguage).text}
              </option>
            ))}
          </select>
          <PartnerFilter id="reach-partner" partners={partners} value={partner} onChange={setPartner} />
          <AssistedFilter id="reach-assisted" value={assisted} onChange={setAssisted} />
          <BaselineChooser baselines={baselines} value={chosenBaseline} onChange={setBaseline} />
          <button type="submit" class="button" disabled={report?.kind === 'loading'}>
            {t('reach.show')}
          </button>
        </form>
      )}
      <details class="reach__upload">
        <summary>{t('reach.baseline.uploadSummary')}</summary>
        <BaselineUpload
          onAdded={(added) => {
            setBaseline(added.id);
            void reloadBaselines();
          }}
        />
      </details>
      <div role="status">
        {report?.kind === 'loading' && <p>{t('reach.loading')}</p>}
        {report?.kind === 'error' && <p class="notice notice--error">{report.message}</p>}
      </div>
      {report?.kind === 'ready' && <ReachTables report={report.report} title={report.title} />}
      {report?.kind === 'ready' && report.report.equality && <EqualityComparison section={report.report.equality} />}
    </>
  );
}

function BaselineChooser({
  baselines,
  value,
  onChange,
}: {
  baselines: Baselines;
  value: string;
  onChange: (id: string) => void;
}) {
  if (baselines.kind === 'loading') return <p>{t('reach.baseline.loading')}</p>;
  if (baselines.kind === 'error') return <p class="notice notice--error">{baselines.message}</p>;
  return (
    <>
      <label class="question__legend" for="reach-baseline">
        {t('reach.baseline.label')}
      </label>
      <div id="reach-baseline-hint" class="hint">
        {t('reach.baseline.hint')}
      </div>
      <select
        id="reach-baseline"
        class="input"
        aria-describedby="reach-baseline-hint"
        value={value}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('reach.baseline.none')}</option>
        {baselines.baselines.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </>
  );
}

const CHANNEL_LABELS: Record<string, () => string> = {
  kiosk: () => t('reach.channelKiosk'),
  assisted: () => t('reach.channelAssisted'),
  paper: () => t('reach.channelPaper'),
  self: () => t('reach.channelSelf'),
};

function ReachTables({ report, title }: { report: ReachReport; title: string }) {
  const languageNames = new Intl.DisplayNames([timeLocale()], { type: 'language', fallback: 'code' });
  const dayFormat = new Intl.DateTimeFormat(timeLocale(), { dateStyle: 'long', timeZone: 'UTC' });
  if (report.byChannel.length === 0) return <p>{t('reach.none')}</p>;
  return (
    <>
      <h2>{title}</h2>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt>{t('reach.totalLabel')}</dt>
          <dd>{report.total ?? t('reach.fewerThanFive')}</dd>
        </div>
      </dl>
      <ReachTable
        caption={t('reach.byChannelCaption')}
        keyHeader={t('reach.byChannelHeader')}
        groups={report.byChannel}
        label={(key) => CHANNEL_LABELS[key]?.() ?? key}
      />
      <ReachTable
        caption={t('reach.byLanguageCaption')}
        keyHeader={t('reach.byLanguageHeader')}
        groups={report.byLanguage}
        label={(key) => `${safely(() => languageNames.of(key)) ?? key} (${key})`}
      />
      <ReachTable
        caption={t('reach.byEventCaption')}
        keyHeader={t('reach.byEventHeader')}
        groups={report.byEvent}
        label={(key) => key || t('reach.noEvent')}
      />
      <ReachTable
        caption={t('reach.byDayCaption')}
        keyHeader={t('reach.byDayHeader')}
        groups={report.byDay}
        label={(key) => safely(() => dayFormat.format(new Date(`${key}T00:00:00Z`))) ?? key}
      />
      <ChannelTables report={report} />
    </>
  );
}

/** Only the newest version of each form: /api/forms lists every published version. */
function latest(forms: FormDefinition[]): FormDefinition[] {
  const byId = new Map<string, FormDefinition>();
  for (const form of forms) {
    const seen = byId.get(form.id);
    if (!seen || seen.version < form.version) byId.set(form.id, form);
  }
  return [...byId.values()];
}

/** The endpoint's JSON, or a message a person can act on: offline, unreachable, or the endpoint's own reason. */
async function getJson<T>(path: string): Promise<T | { message: string }> {
  if (!navigator.onLine) return { message: t('reach.offline') };
  try {
    const reply = await fetch(path, { cache: 'no-store' });
    const body = (await reply.json().catch(() => null)) as
      | (T & { error?: undefined })
      | { error: { message: string } }
      | null;
    if (!reply.ok || !body || body.error)
      return { message: body?.error?.message ?? t('reach.failed', { status: reply.status }) };
    return body as T;
  } catch {
    return { message: t('reach.offline') };
  }
}

/** Intl throws on a tag it cannot read; the raw key is still worth showing. */
function safely(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
