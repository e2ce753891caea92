import { useRef } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { keepMine, openTheirs, type SaveState, savedTime, saveState } from './draft-session.ts';

/**
 * Whether the draft is safe on the endpoint, said politely to screen readers as it changes. When another
 * officer saved the draft meanwhile, nothing is overwritten: the officer chooses whose version to keep.
 */
export function SaveStatus() {
  const state = saveState.value;
  const statusRef = useRef<HTMLParagraphElement>(null);
  const text = statusText(state);
  const problem = state.kind === 'failed' || state.kind === 'conflict';
  // The buttons go once chosen: the focus moves to the status that says what happened.
  const choose = async (choice: () => unknown) => {
    statusRef.current?.focus();
    await choice();
  };
  return (
    <div class="builder-save">
      <p class={problem ? 'field-error' : undefined} role="status" aria-live="polite" tabIndex={-1} ref={statusRef}>
        {text}
      </p>
      {state.kind === 'conflict' && (
        <>
          <p>{t('builder.save.conflictChoice')}</p>
          <div class="button-group">
            <button type="button" class="button" onClick={() => void choose(keepMine)}>
              {t('builder.save.keepMine')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => void choose(openTheirs)}>
              {t('builder.save.openTheirs')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function statusText(state: SaveState): string {
  switch (state.kind) {
    case 'saving':
      return t('builder.save.saving');
    case 'saved':
      return t('builder.save.saved', { time: savedTime(state.at) });
    case 'failed':
      return t('builder.save.failed', { reason: state.reason });
    case 'conflict':
      return t('builder.save.conflict', {
        who: state.theirs.updatedBy ?? t('builder.save.someone'),
        time: savedTime(state.theirs.updatedAt),
      });
    case 'theirs':
      return t('builder.save.theirsOpened', { time: savedTime(state.at) });
    default:
      return t('builder.save.idle');
  }
}
