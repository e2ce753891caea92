import type { ReachReport } from '../../../core/reach-report.ts';
import type { ResultsPage } from '../../../core/results-page.ts';
import { t, timeLocale } from '../../../i18n/i18n.ts';
import { ReachTable } from '../../ReachTable.tsx';
import { ChannelTables } from '../../reach/ChannelTables.tsx';
import { EqualityComparison } from '../../reach/EqualityComparison.tsx';
import { ResultsSections } from '../../results/ResultsSections.tsx';
import { formatTime } from '../format.ts';
import { ReflectionList } from '../reflections/ReflectionList.tsx';
import type { Reflection } from '../reflections/reflection.ts';

export interface ReportData {
  formId: string;
  title: string;
  from: string;
  to: string;
  reach: ReachReport;
  reflections: Reflection[];
  /** The published results page (H3's "you said, we did"), or null: see load-results-page.ts. */
  results: ResultsPage | null;
  madeAt: string;
}

const CHANNEL_LABELS: Record<string, () => string> = {
  kiosk: () => t('reach.channelKiosk'),
  assisted: () => t('reach.channelAssisted'),
  paper: () => t('reach.channelPaper'),
  self: () => t('reach.channelSelf'),
};

/**
 * The consultation report itself (issue 8): who took part by channel, event, partner and language (small
 * numbers suppressed by the endpoint), assisted sessions, reach against the population baseline, the
 * event reflections and the published results. Plain headed sections and captioned tables, for screen,
 * print and the downloaded page alike.
 */
export function ReportView({ data }: { data: ReportData }) {
  const { reach } = data;
  const languageNames = new Intl.DisplayNames([timeLocale()], { type: 'language', fallback: 'code' });
  const languageName = (key: string) => {
    try {
      return `${languageNames.of(key) ?? key} (${key})`;
    } catch {
      return key;
    }
  };
  const range = data.from || data.to ? `${data.from || '…'} – ${data.to || '…'}` : null;
  return (
    <>
      <h2 class="report__title" tabIndex={-1}>
        {t('report.reportTitle', { title: data.title })}
      </h2>
      <p>{range ? t('report.period', { range }) : t('report.allDays')}</p>
      <p class="hint">{t('report.made', { time: formatTime(data.madeAt) })}</p>

      <section aria-labelledby="report-numbers">
        <h2 id="report-numbers">{t('report.numbersHeading')}</h2>
        <dl class="summary-list">
          <div class="summary-list__row">
            <dt>{t('report.total')}</dt>
            <dd>{reach.total ?? t('report.fewerThanFive')}</dd>
          </div>
        </dl>
        <ReachTable
          caption={t('reach.byChannelCaption')}
          keyHeader={t('reach.byChannelHeader')}
          groups={reach.byChannel}
          label={(key) => CHANNEL_LABELS[key]?.() ?? key}
        />
        <ReachTable
          caption={t('reach.byEventCaption')}
          keyHeader={t('reach.byEventHeader')}
          groups={reach.byEvent}
          label={(key) => key || t('reach.noEvent')}
        />
        <ReachTable
          caption={t('reach.byLanguageCaption')}
          keyHeader={t('reach.byLanguageHeader')}
          groups={reach.byLanguage}
          label={languageName}
        />
      </section>

      <section aria-labelledby="report-assisted">
        <h2 id="report-assisted">{t('report.assistedHeading')}</h2>
        {reach.byAssistedBy.length === 0 && reach.byConversationLanguage.length === 0 && (
          <p>{t('report.assistedNone')}</p>
        )}
        <ChannelTables report={reach} />
      </section>

      {reach.equality ? (
        <EqualityComparison section={reach.equality} />
      ) : (
        <section aria-labelledby="report-reach">
          <h2 id="report-reach">{t('report.reachHeading')}</h2>
          <p>{t('report.reachNone')}</p>
        </section>
      )}

      <section aria-labelledby="report-reflections">
        <h2 id="report-reflections">{t('report.reflectionsHeading')}</h2>
        {data.reflections.length === 0 ? (
          <p>{t('report.reflectionsNone')}</p>
        ) : (
          <ReflectionList reflections={data.reflections} headingLevel={3} formatTime={formatTime} showEvent />
        )}
      </section>

      <section aria-labelledby="report-results">
        <h2 id="report-results">{t('report.resultsHeading')}</h2>
        {data.results ? (
          <>
            <p>{t('report.resultsPublished')}</p>
            <ResultsSections page={data.results} language="en" headingLevel={3} />
          </>
        ) : (
          <p>{t('report.noResults')}</p>
        )}
      </section>
    </>
  );
}
