import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { FormDefinition } from '../../../core/form.ts';
import {
  EMPTY_RESULTS,
  type ResultsContent,
  type ResultsDraft,
  type ResultsParticipation,
} from '../../../core/results-page.ts';
import { localise } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { UI_LANGUAGES } from '../../../i18n/ui-languages.ts';
import { languageName } from '../../form/form-text.ts';
import { ResultsSections } from '../../results/ResultsSections.tsx';
import { SelectField } from '../fields.tsx';
import { formatTime } from '../format.ts';
import { jsonBody } from '../officer-api.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms } from '../published-forms.ts';
import { PAGE, useProblems } from '../use-problems.tsx';
import { blankOutcome, contentProblems, moved, newItemId } from './edit-text.ts';
import { OutcomeEditor } from './OutcomeEditor.tsx';
import { QuotePicker } from './QuotePicker.tsx';
import { ThemeEditor } from './ThemeEditor.tsx';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; form: FormDefinition; page: ResultsDraft | null; participation: ResultsParticipation };

/**
 * `/officer/results/:formId`: write one consultation's "You said, we did" page — themes with quotes picked
 * from consented answers, outcomes with every field and later updates, translations language by language,
 * a preview — then save it as a draft, publish or unpublish it.
 */
export function ResultsEditor() {
  const formId = useRoute().params.formId ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [content, setContent] = useState<ResultsContent>(EMPTY_RESULTS);
  const [language, setLanguage] = useState('en');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const title = loaded.kind === 'ready' ? localise(loaded.form.title, 'en', loaded.form.defaultLanguage).text : formId;
  const { summary, setProblems, fieldError } = useProblems(t('officerResults.title', { title }));

  useEffect(() => {
    void (async () => {
      try {
        const forms = await loadPublishedForms();
        const form = forms.find((f) => f.id === formId)?.versions.at(-1);
        const { page, participation } = await officerCall<{
          page: ResultsDraft | null;
          participation: ResultsParticipation;
        }>(`/api/results/${encodeURIComponent(formId)}/draft`);
        if (!form) throw new Error(`There is no published consultation "${formId}".`);
        setLoaded({ kind: 'ready', form, page, participation });
        setContent(page?.content ?? EMPTY_RESULTS);
        setLanguage(form.defaultLanguage);
      } catch (error) {
        setLoaded({ kind: 'error', message: problemText(error) });
      }
    })();
  }, [formId]);

  if (loaded.kind !== 'ready') {
    return (
      <>
        <PageHeading>{t('officerResults.title', { title })}</PageHeading>
        {loaded.kind === 'loading' ? (
          <p>{t('list.loading')}</p>
        ) : (
          <p class="notice notice--error">{t('officerResults.loadFailed', { problem: loaded.message })}</p>
        )}
      </>
    );
  }
  const { form, page, participation } = loaded;
  const original = { language: form.defaultLanguage, name: languageName(form.defaultLanguage) };
  const languages = [
    form.defaultLanguage,
    ...UI_LANGUAGES.filter((l) => l !== form.defaultLanguage && !l.includes('-x-')),
  ];
  const themeTitle = (i: number) =>
    content.themes[i]?.title[language] ??
    content.themes[i]?.title[form.defaultLanguage] ??
    t('officerResults.untitled');

  const save = async (then?: 'publish' | 'unpublish') => {
    const problems = contentProblems(content, form.defaultLanguage, original.name);
    setProblems(problems);
    if (problems.size > 0) return;
    setBusy(true);
    setMessage('');
    const path = `/api/results/${encodeURIComponent(formId)}`;
    try {
      let saved = await officerCall<ResultsDraft>(`${path}/draft`, jsonBody('PUT', content));
      if (then) saved = await officerCall<ResultsDraft>(`${path}/${then}`, { method: 'POST' });
      setLoaded({ ...loaded, page: saved });
      setMessage(
        t(`officerResults.${then === 'publish' ? 'published' : then === 'unpublish' ? 'unpublished' : 'saved'}`),
      );
    } catch (error) {
      setProblems(new Map([[PAGE, problemText(error)]]));
    } finally {
      setBusy(false);
    }
  };
  const controls = (list: 'themes' | 'outcomes', index: number) => ({
    index,
    count: content[list].length,
    language,
    original,
    error: fieldError,
    onMove: (by: -1 | 1) => setContent({ ...content, [list]: moved<unknown>(content[list], index, by) }),
    onRemove: () => setContent({ ...content, [list]: content[list].filter((_, i) => i !== index) }),
  });

  return (
    <>
      {summary}
      <PageHeading>{t('officerResults.title', { title })}</PageHeading>
      <p>
        {page === null
          ? t('officerResults.statusNone')
          : page.status === 'published'
            ? t('officerResults.statusPublished', { date: formatTime(page.publishedAt ?? page.updatedAt) })
            : t('officerResults.statusDraft')}
      </p>
      <section aria-labelledby="participation-heading">
        <h2 id="participation-heading">{t('officerResults.participationHeading')}</h2>
        <p>
          {t('officerResults.participationTotal', {
            total: participation.total ?? t('officerResults.participationHidden'),
          })}
        </p>
      </section>
      <SelectField
        id="results-language"
        label={t('officerResults.language')}
        hint={t('officerResults.languageHint', { language: original.name })}
        options={languages.map((code) => ({ value: code, label: `${languageName(code)} (${code})` }))}
        value={language}
        onValue={setLanguage}
      />
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">{t('officerResults.themesHeading')}</h2>
        {content.themes.map((theme, i) => (
          <ThemeEditor
            key={theme.id}
            theme={theme}
            controls={controls('themes', i)}
            onChange={(next) => setContent({ ...content, themes: content.themes.map((x, j) => (j === i ? next : x)) })}
          />
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            setContent({
              ...content,
              themes: [...content.themes, { id: newItemId('theme'), title: {}, said: {}, quotes: [] }],
            })
          }
        >
          {t('officerResults.addTheme')}
        </button>
      </section>
      <QuotePicker
        formId={formId}
        themes={content.themes.map((theme, i) => ({ id: theme.id, title: `${i + 1}. ${themeTitle(i)}` }))}
        onAdd={(themeId, quote) =>
          setContent({
            ...content,
            themes: content.themes.map((theme) =>
              theme.id === themeId &&
              !theme.quotes.some((q) => q.responseId === quote.responseId && q.questionId === quote.questionId)
                ? { ...theme, quotes: [...theme.quotes, quote] }
                : theme,
            ),
          })
        }
      />
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t('officerResults.outcomesHeading')}</h2>
        {content.outcomes.map((outcome, i) => (
          <OutcomeEditor
            key={outcome.id}
            outcome={outcome}
            controls={controls('outcomes', i)}
            onChange={(next) =>
              setContent({ ...content, outcomes: content.outcomes.map((x, j) => (j === i ? next : x)) })
            }
          />
        ))}
        <button
          type="button"
          class="button button--secondary"
          onClick={() => setContent({ ...content, outcomes: [...content.outcomes, blankOutcome()] })}
        >
          {t('officerResults.addOutcome')}
        </button>
      </section>
      <section class="officer-results__preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">{t('officerResults.previewHeading')}</h2>
        <p>{t('officerResults.previewIntro')}</p>
        <div class="officer-results__preview-body">
          <ResultsSections
            page={{
              formId,
              title: form.title,
              defaultLanguage: form.defaultLanguage,
              content,
              participation,
              publishedAt: '',
              updatedAt: '',
            }}
            language={language}
          />
        </div>
      </section>
      <p role="status" class="officer-results__message">
        {message}
      </p>
      {page?.status === 'published' && <p class="hint">{t('officerResults.saveLiveHint')}</p>}
      <div class="officer-results__actions">
        <button type="button" class="button button--secondary" disabled={busy} onClick={() => void save()}>
          {t(page?.status === 'published' ? 'officerResults.saveLive' : 'officerResults.save')}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => void save('publish')}>
          {t('officerResults.publish')}
        </button>
        {page?.status === 'published' && (
          <button type="button" class="button button--warning" disabled={busy} onClick={() => void save('unpublish')}>
            {t('officerResults.unpublish')}
          </button>
        )}
      </div>
    </>
  );
}
