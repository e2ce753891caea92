import type { Theme } from '../../../core/results-page.ts';
import { t } from '../../../i18n/i18n.ts';
import { TextAreaField, TextField } from '../fields.tsx';
import { withText } from './edit-text.ts';

export interface ItemControls {
  index: number;
  count: number;
  language: string;
  /** The consultation's own language and its name, to show the original beside a translation. */
  original: { language: string; name: string };
  error: (id: string) => string | undefined;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One theme: its title and what people said in the language being written, its quotes, and its place. */
export function ThemeEditor({
  theme,
  onChange,
  controls,
}: {
  theme: Theme;
  onChange: (theme: Theme) => void;
  controls: ItemControls;
}) {
  const { index, count, language, original, error } = controls;
  const number = index + 1;
  const originalHint = (text: Theme['title']) =>
    language !== original.language && text[original.language]
      ? t('officerResults.originalText', { language: original.name, text: text[original.language] })
      : undefined;
  return (
    <fieldset class="officer-results__item">
      <legend class="field-label">{t('officerResults.themeLegend', { number })}</legend>
      <TextField
        id={`theme-${index}-title`}
        label={t('officerResults.themeTitle')}
        hint={originalHint(theme.title)}
        error={error(`theme-${index}-title`)}
        value={theme.title[language] ?? ''}
        onValue={(words) => onChange({ ...theme, title: withText(theme.title, language, words) })}
      />
      <TextAreaField
        id={`theme-${index}-said`}
        label={t('officerResults.themeSaid')}
        hint={originalHint(theme.said)}
        error={error(`theme-${index}-said`)}
        value={theme.said[language] ?? ''}
        onValue={(words) => onChange({ ...theme, said: withText(theme.said, language, words) })}
      />
      <h4>{t('officerResults.themeQuotes')}</h4>
      {theme.quotes.length === 0 ? (
        <p class="hint">{t('officerResults.themeNoQuotes')}</p>
      ) : (
        <ul class="officer-results__quotes">
          {theme.quotes.map((quote, q) => (
            <li key={`${quote.responseId}/${quote.questionId}`}>
              <blockquote>{quote.text}</blockquote>
              <button
                type="button"
                class="button button--secondary button--small"
                onClick={() => onChange({ ...theme, quotes: theme.quotes.filter((_, i) => i !== q) })}
              >
                {t('officerResults.removeQuote')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ItemButtons
        controls={controls}
        count={count}
        labels={{
          up: t('officerResults.moveThemeUp', { number }),
          down: t('officerResults.moveThemeDown', { number }),
          remove: t('officerResults.removeTheme', { number }),
        }}
      />
    </fieldset>
  );
}

/** Move up, move down and remove, each named for its item so a screen reader says which. */
export function ItemButtons({
  controls,
  count,
  labels,
}: {
  controls: ItemControls;
  count: number;
  labels: { up: string; down: string; remove: string };
}) {
  return (
    <div class="officer-results__item-actions">
      {controls.index > 0 && (
        <button type="button" class="button button--secondary button--small" onClick={() => controls.onMove(-1)}>
          {labels.up}
        </button>
      )}
      {controls.index < count - 1 && (
        <button type="button" class="button button--secondary button--small" onClick={() => controls.onMove(1)}>
          {labels.down}
        </button>
      )}
      <button type="button" class="button button--warning button--small" onClick={controls.onRemove}>
        {labels.remove}
      </button>
    </div>
  );
}
