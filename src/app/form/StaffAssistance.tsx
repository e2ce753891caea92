import { useEffect, useState } from 'preact/hooks';
import { CONVERSATION_LANGUAGES, conversationLanguageName } from '../../core/conversation-languages.ts';
import type { AssistedBy } from '../../core/response.ts';
import { getCollecting } from '../../db/tablet-setup.ts';
import { t } from '../../i18n/i18n.ts';
import { type FormSession, setAssistance } from './form-session.ts';

type Choice = 'none' | AssistedBy;

/**
 * Issue 8: on a tablet that is not a kiosk, staff say whether they, or an interpreter, are helping this
 * person, and in which language they are talking. Kept apart from the resident's own content in a closed
 * "For staff" section. On a tablet set up as assisted, "A staff member is helping" is already chosen.
 * Loaded on its own (StartPage.tsx), so a resident's first visit does not download the language list.
 */
export function StaffAssistance({ session }: { session: FormSession }) {
  const [tabletChannel, setTabletChannel] = useState<string | null>(null);
  useEffect(() => {
    void getCollecting().then((collecting) => setTabletChannel(collecting.channel));
  }, []);
  if (tabletChannel === null || tabletChannel === 'kiosk') return null;

  const marked = session.assistance;
  const choice: Choice = marked ? marked.by : marked === null || tabletChannel !== 'assisted' ? 'none' : 'staff';
  const language = marked?.conversationLanguage ?? '';
  const choose = (by: Choice, conversationLanguage = language) =>
    setAssistance(by === 'none' ? null : { by, ...(conversationLanguage && { conversationLanguage }) });
  const options: [Choice, string][] = [
    ['none', t('start.staffNone')],
    ['staff', t('start.staffHelping')],
    ['interpreter', t('start.interpreterHelping')],
  ];

  return (
    <details class="staff-assist" open={tabletChannel === 'assisted' || Boolean(marked)}>
      <summary class="staff-assist__summary">{t('start.staffSummary')}</summary>
      <div class="staff-assist__body">
        <fieldset aria-describedby="staff-assist-hint">
          <legend class="question__legend">{t('start.staffLegend')}</legend>
          <div id="staff-assist-hint" class="hint">
            {t('start.staffHint')}
          </div>
          <div class="choices">
            {options.map(([value, label]) => (
              <div class="choice" key={value}>
                <input
                  class="choice__input"
                  type="radio"
                  id={`staff-assist-${value}`}
                  name="staff-assist"
                  value={value}
                  checked={choice === value}
                  onChange={() => choose(value)}
                />
                <label class="choice__label" for={`staff-assist-${value}`}>
                  {label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        {choice !== 'none' && (
          <div class="question">
            <label class="question__legend" for="staff-assist-language">
              {t('start.conversationLanguage')}
            </label>
            <select
              id="staff-assist-language"
              class="input"
              value={language}
              onChange={(e) => choose(choice, (e.target as HTMLSelectElement).value)}
            >
              <option value="">{t('start.conversationNotRecorded')}</option>
              {CONVERSATION_LANGUAGES.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag === 'bfi' ? 'en' : l.tag}>
                  {conversationLanguageName(l.tag)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
    </details>
  );
}
