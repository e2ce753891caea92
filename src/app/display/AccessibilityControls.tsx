import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import {
  CONTRASTS,
  type Contrast,
  displayPreferences,
  setDisplayPreferences,
  TEXT_SIZES,
  type TextSize,
} from './display-preferences.ts';

const TEXT_SIZE_NAMES: Record<TextSize, string> = {
  '100': 'display.text100',
  '125': 'display.text125',
  '150': 'display.text150',
  '200': 'display.text200',
};

/**
 * The "Accessibility" button in the header and the display options it shows below it: text size and colours,
 * applied at once to the whole app, for this person's visit (a kiosk reset puts them back). A disclosure,
 * not a dialog: the page stays usable while it is open, so people can see the change as they make it.
 */
export function AccessibilityControls() {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { textSize, contrast } = displayPreferences.value;
  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        class="header__button"
        aria-expanded={open}
        aria-controls="display-options"
        onClick={() => setOpen(!open)}
      >
        {t('display.button')}
      </button>
      <section id="display-options" class="display-options" aria-labelledby="display-options-title" hidden={!open}>
        <h2 id="display-options-title" class="display-options__title">
          {t('display.title')}
        </h2>
        <fieldset class="display-options__group">
          <legend class="question__legend">{t('display.textSize')}</legend>
          <div class="choices choices--inline">
            {TEXT_SIZES.map((size) => (
              <Choice
                key={size}
                name="display-text-size"
                id={`display-text-${size}`}
                checked={textSize === size}
                onChange={() => setDisplayPreferences({ textSize: size })}
                label={`${t(TEXT_SIZE_NAMES[size])} (${size}%)`}
              />
            ))}
          </div>
        </fieldset>
        <fieldset class="display-options__group">
          <legend class="question__legend">{t('display.colours')}</legend>
          <div class="choices">
            {CONTRASTS.map((value: Contrast) => (
              <Choice
                key={value}
                name="display-contrast"
                id={`display-contrast-${value}`}
                checked={contrast === value}
                onChange={() => setDisplayPreferences({ contrast: value })}
                label={value === 'high' ? t('display.highContrast') : t('display.standardColours')}
              />
            ))}
          </div>
        </fieldset>
        <p>
          <a href="/accessibility">{t('display.statementLink')}</a>
        </p>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setOpen(false);
            toggleRef.current?.focus();
          }}
        >
          {t('display.close')}
        </button>
      </section>
    </>
  );
}

function Choice(props: { name: string; id: string; checked: boolean; onChange: () => void; label: string }) {
  return (
    <div class="choice">
      <input
        class="choice__input"
        type="radio"
        id={props.id}
        name={props.name}
        checked={props.checked}
        onChange={props.onChange}
      />
      <label class="choice__label" for={props.id}>
        {props.label}
      </label>
    </div>
  );
}
