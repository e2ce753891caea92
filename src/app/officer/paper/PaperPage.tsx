import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n.ts';
import { formLanguages, languageName } from '../../form/form-text.ts';
import { RadiosField, SelectField, TextField } from '../fields.tsx';
import { formatTime } from '../format.ts';
import { NextScreenNotice } from '../NextScreenNotice.tsx';
import { nextScreenNotice, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms, type PublishedForm } from '../published-forms.ts';
import { TableScroll } from '../TableScroll.tsx';
import { PAGE, useProblems } from '../use-problems.tsx';
import { type BatchCounts, createBatch, listBatches, type PaperBatch } from './paper-api.ts';

/**
 * `/officer/paper`, "Paper returns": print a consultation as a paper questionnaire, start a batch of
 * returned sheets (single or double entry) and open the batches already started.
 */
export function PaperPage() {
  const { route } = useLocation();
  const { setProblems, summary, fieldError } = useProblems(t('paperReturns.title'));
  const [forms, setForms] = useState<PublishedForm[]>([]);
  const [batches, setBatches] = useState<(PaperBatch & { counts: BatchCounts })[] | null>(null);
  const [formId, setFormId] = useState('');
  const [language, setLanguage] = useState('');
  const [event, setEvent] = useState('');
  const [note, setNote] = useState('');
  const [entry, setEntry] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    loadPublishedForms().then(setForms, (error) => setProblems(new Map([[PAGE, problemText(error)]])));
    listBatches().then(
      ({ batches }) => setBatches(batches),
      (error) => setProblems(new Map([[PAGE, problemText(error)]])),
    );
  }, []);

  const chosen = forms.find((f) => f.id === formId);
  const newest = chosen?.versions[chosen.versions.length - 1];
  const titleOf = (id: string) => forms.find((f) => f.id === id)?.title ?? id;

  async function start(e: Event) {
    e.preventDefault();
    const found = new Map<string, string>();
    if (!newest) found.set('batch-form', t('paperReturns.start.chooseForm'));
    if (!event.trim()) found.set('batch-event', t('paperReturns.start.enterEvent'));
    if (!entry) found.set('batch-entry', t('paperReturns.start.chooseEntry'));
    setProblems(found);
    if (found.size || !newest) return;
    setBusy(true);
    try {
      const { batch } = await createBatch({
        formId: newest.id,
        formVersion: newest.version,
        language: language || newest.defaultLanguage,
        event: event.trim(),
        note: note.trim() || null,
        doubleEntry: entry === 'double',
      });
      nextScreenNotice.value = t('paperReturns.start.created');
      route(`/officer/paper/batches/${batch.id}`);
    } catch (error) {
      setProblems(new Map([[PAGE, problemText(error)]]));
      setBusy(false);
    }
  }

  return (
    <>
      {summary}
      <NextScreenNotice />
      <PageHeading>{t('paperReturns.title')}</PageHeading>
      <p>{t('paperReturns.intro')}</p>

      <h2>{t('paperReturns.printHeading')}</h2>
      <p>{t('paperReturns.printIntro')}</p>
      <ul class="paper-form-links">
        {forms.map((f) => (
          <li key={f.id}>
            <a href={`/officer/paper/${encodeURIComponent(f.id)}/print`}>
              {t('paperReturns.printLink', { title: f.title })}
            </a>
          </li>
        ))}
      </ul>

      <h2>{t('paperReturns.batchesHeading')}</h2>
      {batches === null ? (
        <p role="status">{t('paperReturns.loading')}</p>
      ) : batches.length === 0 ? (
        <p>{t('paperReturns.noBatches')}</p>
      ) : (
        <TableScroll captionId="batches-caption">
          <table class="table">
            <caption id="batches-caption" class="table__caption">
              {t('paperReturns.batchesCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('paperReturns.colEvent')}</th>
                <th scope="col">{t('paperReturns.colForm')}</th>
                <th scope="col">{t('paperReturns.colEntry')}</th>
                <th scope="col" class="table__number">
                  {t('paperReturns.colStored')}
                </th>
                <th scope="col" class="table__number">
                  {t('paperReturns.colDisagreements')}
                </th>
                <th scope="col">{t('paperReturns.colStarted')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <a href={`/officer/paper/batches/${b.id}`}>{b.event}</a>
                  </th>
                  <td>{titleOf(b.formId)}</td>
                  <td>{b.doubleEntry ? t('paperReturns.double') : t('paperReturns.single')}</td>
                  <td class="table__number">{b.counts.stored}</td>
                  <td class="table__number">{b.counts.disagreements}</td>
                  <td>{formatTime(b.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h2>{t('paperReturns.start.heading')}</h2>
      <form onSubmit={start} noValidate>
        <SelectField
          id="batch-form"
          label={t('paperReturns.start.form')}
          options={[
            { value: '', label: t('paperReturns.start.choose') },
            ...forms.map((f) => ({ value: f.id, label: f.title })),
          ]}
          value={formId}
          onValue={(id) => {
            setFormId(id);
            setLanguage('');
          }}
          error={fieldError('batch-form')}
        />
        {newest && formLanguages(newest).length > 1 && (
          <SelectField
            id="batch-language"
            label={t('paperReturns.start.language')}
            options={formLanguages(newest).map((tag) => ({ value: tag, label: languageName(tag) }))}
            value={language || newest.defaultLanguage}
            onValue={setLanguage}
          />
        )}
        <TextField
          id="batch-event"
          label={t('paperReturns.start.event')}
          hint={t('paperReturns.start.eventHint')}
          value={event}
          onValue={setEvent}
          error={fieldError('batch-event')}
        />
        <TextField
          id="batch-note"
          label={t('paperReturns.start.note')}
          hint={t('paperReturns.start.noteHint')}
          value={note}
          onValue={setNote}
        />
        <RadiosField
          id="batch-entry"
          label={t('paperReturns.start.entry')}
          options={[
            { value: 'single', label: t('paperReturns.single'), hint: t('paperReturns.start.singleHint') },
            { value: 'double', label: t('paperReturns.double'), hint: t('paperReturns.start.doubleHint') },
          ]}
          value={entry}
          onValue={setEntry}
          error={fieldError('batch-entry')}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('paperReturns.start.submit')}
        </button>
      </form>
    </>
  );
}
