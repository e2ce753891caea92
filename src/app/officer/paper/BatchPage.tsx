import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { t } from '../../../i18n/i18n.ts';
import { languageName, textPicker } from '../../form/form-text.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { formatTime } from '../format.ts';
import { NextScreenNotice } from '../NextScreenNotice.tsx';
import { problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { disagreementWords } from './disagreement-words.ts';
import { type BatchDetail, loadBatch } from './paper-api.ts';

/**
 * `/officer/paper/batches/:id`: one batch of paper returns: what it is, how far keying has got (keyed once,
 * agreed, disagreements, stored), each disagreement question by question with a way to resolve it.
 */
export function BatchPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const [detail, setDetail] = useState<BatchDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    loadBatch(id).then(setDetail, (error) => setProblem(problemText(error)));
  }, [id]);
  const title = detail ? t('paperReturns.batch.title', { event: detail.batch.event }) : t('paperReturns.batch.loading');
  useDocumentTitle(title);

  if (!detail) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        {problem && <p class="notice notice--error">{problem}</p>}
      </>
    );
  }
  const { batch, form, counts, sheets } = detail;
  const pick = textPicker(form.defaultLanguage, { language: batch.language, easyRead: false });
  const flagged = sheets.filter((s) => s.state === 'disagreement');
  const exportLink = `/api/responses.csv?form=${encodeURIComponent(batch.formId)}&batch=${encodeURIComponent(batch.id)}`;
  return (
    <>
      <NextScreenNotice />
      <a href="/officer/paper" class="back-link">
        {t('paperReturns.back')}
      </a>
      <PageHeading>{title}</PageHeading>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt>{t('paperReturns.batch.form')}</dt>
          <dd>{t('paperReturns.batch.formVersion', { title: pick(form.title).text, version: form.version })}</dd>
        </div>
        <div class="summary-list__row">
          <dt>{t('paperReturns.batch.language')}</dt>
          <dd>{languageName(batch.language)}</dd>
        </div>
        <div class="summary-list__row">
          <dt>{t('paperReturns.batch.entry')}</dt>
          <dd>{batch.doubleEntry ? t('paperReturns.double') : t('paperReturns.single')}</dd>
        </div>
        {batch.note && (
          <div class="summary-list__row">
            <dt>{t('paperReturns.batch.note')}</dt>
            <dd>{batch.note}</dd>
          </div>
        )}
        <div class="summary-list__row">
          <dt>{t('paperReturns.batch.started')}</dt>
          <dd>{formatTime(batch.createdAt)}</dd>
        </div>
      </dl>

      <h2>{t('paperReturns.batch.progress')}</h2>
      <dl class="summary-list paper-counts">
        {batch.doubleEntry && (
          <>
            <div class="summary-list__row">
              <dt>{t('paperReturns.batch.keyedOnce')}</dt>
              <dd>{counts.keyedOnce}</dd>
            </div>
            <div class="summary-list__row">
              <dt>{t('paperReturns.batch.agreed')}</dt>
              <dd>{counts.agreed}</dd>
            </div>
            <div class="summary-list__row">
              <dt>{t('paperReturns.batch.disagreements')}</dt>
              <dd>{counts.disagreements}</dd>
            </div>
          </>
        )}
        <div class="summary-list__row">
          <dt>{t('paperReturns.batch.stored')}</dt>
          <dd>{counts.stored}</dd>
        </div>
      </dl>
      <p class="button-group">
        <a class="button" href={`/officer/paper/batches/${batch.id}/key`}>
          {t('paperReturns.batch.key')}
        </a>
        <a class="button button--secondary" href={exportLink} download>
          {t('paperReturns.batch.download')}
        </a>
      </p>

      {batch.doubleEntry && (
        <>
          <h2>{t('paperReturns.batch.disagreementsHeading')}</h2>
          {flagged.length === 0 ? (
            <p>{t('paperReturns.batch.noDisagreements')}</p>
          ) : (
            flagged.map((sheet) => (
              <section key={sheet.reference} class="paper-flagged" aria-labelledby={`flag-${sheet.reference}`}>
                <h3 id={`flag-${sheet.reference}`}>{t('paperReturns.batch.sheet', { reference: sheet.reference })}</h3>
                <ul>
                  {(sheet.disagreements ?? []).map((d) => (
                    <li key={d.questionId}>{disagreementWords(form, d, pick)}</li>
                  ))}
                </ul>
                <a href={`/officer/paper/batches/${batch.id}/resolve/${sheet.reference}`}>
                  {t('paperReturns.batch.resolve', { reference: sheet.reference })}
                </a>
              </section>
            ))
          )}
        </>
      )}
    </>
  );
}
