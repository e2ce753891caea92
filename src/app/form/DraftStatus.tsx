import { t } from '../../i18n/i18n.ts';
import { draftState } from './form-session.ts';

/**
 * Says, politely, that answers are saved on this tablet as they are given; and plainly when they could
 * not be (the answers stay on screen). "Saved" is never shown for something not saved.
 */
export function DraftStatus() {
  const state = draftState.value;
  return (
    <>
      {typeof state === 'object' && (
        <div class="notice notice--error" role="alert">
          {t('form.saveFailed', { reason: state.error })}
        </div>
      )}
      <p role="status" class="draft-status">
        {state === 'saving' ? t('form.draftSaving') : state === 'saved' ? t('form.draftSaved') : ''}
      </p>
    </>
  );
}
