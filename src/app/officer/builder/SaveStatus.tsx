import { t, timeLocale } from '../../../i18n/i18n.ts';
import { saveState } from './draft-session.ts';

/** Whether the draft is safe on the endpoint, said politely to screen readers as it changes. */
export function SaveStatus() {
  const state = saveState.value;
  const text =
    state.kind === 'saving'
      ? t('builder.save.saving')
      : state.kind === 'saved'
        ? t('builder.save.saved', {
            time: new Date(state.at).toLocaleTimeString(timeLocale(), { hour: '2-digit', minute: '2-digit' }),
          })
        : state.kind === 'failed'
          ? t('builder.save.failed', { reason: state.reason })
          : t('builder.save.idle');
  return (
    <p class={`builder-save${state.kind === 'failed' ? ' field-error' : ''}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
