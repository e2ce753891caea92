import { useEffect, useState } from 'preact/hooks';
import type { Quote } from '../../../core/results-page.ts';
import { t } from '../../../i18n/i18n.ts';
import { SelectField, TextField } from '../fields.tsx';
import { formatTime } from '../format.ts';
import { officerCall, problemText } from '../officer-session.ts';

/** A consented answer as `GET /api/results/:formId/quotable` lists it. */
interface QuotableItem {
  responseId: string;
  questionId: string;
  question: string;
  text: string;
  submittedAt: string;
}

interface QuotableList {
  quotes: QuotableItem[];
  total: number;
}

const PAGE_SIZE = 20;

/**
 * The consented free-text answers of one consultation, searchable by a word, each with "Add as quote" into
 * the theme chosen above the list. A quote keeps the response id (for audit) and the exact words.
 */
export function QuotePicker({
  formId,
  themes,
  onAdd,
}: {
  formId: string;
  themes: { id: string; title: string }[];
  onAdd: (themeId: string, quote: Quote) => void;
}) {
  const [word, setWord] = useState('');
  const [searched, setSearched] = useState('');
  const [list, setList] = useState<QuotableList | string | undefined>(undefined);
  const [themeId, setThemeId] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const chosenTheme = themes.find((theme) => theme.id === themeId) ?? themes[0];

  const load = async (search: string, offset: number) => {
    const query = new URLSearchParams({ q: search, offset: String(offset), limit: String(PAGE_SIZE) });
    try {
      const page = await officerCall<QuotableList>(`/api/results/${encodeURIComponent(formId)}/quotable?${query}`);
      setList((before) =>
        offset > 0 && typeof before === 'object' ? { ...page, quotes: [...before.quotes, ...page.quotes] } : page,
      );
    } catch (error) {
      setList(problemText(error));
    }
  };
  useEffect(() => void load('', 0), [formId]);

  return (
    <section class="officer-results__picker" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('officerResults.quotesHeading')}</h2>
      <p>{t('officerResults.quotesIntro')}</p>
      <form
        class="officer-results__search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearched(word);
          setAdded(null);
          void load(word, 0);
        }}
      >
        <TextField id="quotes-search" label={t('officerResults.quotesSearch')} value={word} onValue={setWord} />
        <button type="submit" class="button button--secondary">
          {t('officerResults.quotesSearchButton')}
        </button>
      </form>
      {themes.length === 0 ? (
        <p class="notice">{t('officerResults.quotesNoTheme')}</p>
      ) : (
        <SelectField
          id="quotes-theme"
          label={t('officerResults.quotesTheme')}
          options={themes.map((theme) => ({ value: theme.id, label: theme.title }))}
          value={chosenTheme?.id ?? ''}
          onValue={setThemeId}
        />
      )}
      <p role="status" class="officer-results__added">
        {added ?? ''}
      </p>
      {list === undefined ? (
        <p>{t('list.loading')}</p>
      ) : typeof list === 'string' ? (
        <p class="notice notice--error">{list}</p>
      ) : list.quotes.length === 0 ? (
        <p>{t('officerResults.quotesNone')}</p>
      ) : (
        <>
          <p>
            {t('officerResults.quotesCount', { count: list.total })}
            {searched && ` (“${searched}”)`}
          </p>
          <ul class="officer-results__quotable">
            {list.quotes.map((item) => (
              <li key={`${item.responseId}/${item.questionId}`}>
                <blockquote>{item.text}</blockquote>
                <p class="hint">
                  {t('officerResults.quoteFrom', { question: item.question, date: formatTime(item.submittedAt) })}
                </p>
                {chosenTheme && (
                  <button
                    type="button"
                    class="button button--secondary button--small"
                    onClick={() => {
                      onAdd(chosenTheme.id, {
                        responseId: item.responseId,
                        questionId: item.questionId,
                        text: item.text,
                      });
                      setAdded(t('officerResults.quoteAdded', { theme: chosenTheme.title }));
                    }}
                  >
                    {t('officerResults.addQuote')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {list.quotes.length < list.total && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => void load(searched, list.quotes.length)}
            >
              {t('officerResults.quotesMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
