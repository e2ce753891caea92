import { useState } from 'preact/hooks';
import {
  type Collecting,
  EVENT_MAX_LENGTH,
  saveCollecting,
  TABLET_CHANNELS,
  type TabletChannel,
} from '../../db/tablet-setup.ts';
import { t } from '../../i18n/i18n.ts';
import { fieldId } from '../questions/QuestionFrame.tsx';
import { storageErrorMessage } from '../storage-error.ts';
import { channelDescription, channelName } from './channel-text.ts';

/** The key of the event field in the page's error summary. */
export const EVENT_FIELD = 'setup-event';

/**
 * Where and how this tablet collects: the event as free text and the channel as radios, each explained.
 * "Save" keeps them for every response saved from then on.
 */
export function CollectingForm({
  current,
  error,
  onProblem,
  onSaved,
}: {
  current: Collecting;
  error: string | undefined;
  onProblem: (message: string | null) => void;
  onSaved: (saved: Collecting) => void;
}) {
  const [event, setEvent] = useState(current.event);
  const [channel, setChannel] = useState<TabletChannel>(current.channel);
  const [busy, setBusy] = useState(false);
  const eventId = fieldId(EVENT_FIELD);

  async function submit(e: Event) {
    e.preventDefault();
    if (busy) return;
    if (event.trim().length > EVENT_MAX_LENGTH) {
      onProblem(t('setup.eventTooLong', { count: EVENT_MAX_LENGTH }));
      return;
    }
    setBusy(true);
    onProblem(null);
    try {
      onSaved(await saveCollecting({ event, channel }));
    } catch (failure) {
      onProblem(t('setup.saveFailed', { reason: storageErrorMessage(failure) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <div class={`question${error ? ' question--error' : ''}`}>
        <label class="question__legend" for={eventId}>
          {t('setup.eventLabel')}
        </label>
        <div id={`${eventId}-hint`} class="hint">
          {t('setup.eventHint')}
        </div>
        {error && (
          <p id={`${eventId}-error`} class="field-error">
            <span class="visually-hidden">{t('form.errorPrefix')} </span>
            {error}
          </p>
        )}
        <input
          id={eventId}
          name="event"
          class="input"
          type="text"
          autoComplete="off"
          value={event}
          aria-describedby={error ? `${eventId}-hint ${eventId}-error` : `${eventId}-hint`}
          onInput={(e) => setEvent(e.currentTarget.value)}
        />
      </div>
      <div class="question">
        <fieldset>
          <legend class="question__legend">{t('setup.channelLegend')}</legend>
          <div class="choices">
            {TABLET_CHANNELS.map((value) => {
              const id = `setup-channel-${value}`;
              return (
                <div class="choice choice--described" key={value}>
                  <input
                    class="choice__input"
                    type="radio"
                    id={id}
                    name="channel"
                    value={value}
                    checked={channel === value}
                    aria-describedby={`${id}-hint`}
                    onChange={() => setChannel(value)}
                  />
                  <div>
                    <label class="choice__label" for={id}>
                      {channelName(value)}
                    </label>
                    <div id={`${id}-hint`} class="hint choice__hint">
                      {channelDescription(value)}
                    </div>
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" class="button" disabled={busy}>
        {t('setup.save')}
      </button>
    </form>
  );
}
