import { t } from '../../i18n/i18n.ts';
import { useModal } from './use-modal.ts';

/** What a reset would do now: clear answers, send them as partial, or only go back to the start. */
export type AtStake = 'discard' | 'keep-partial' | 'nothing';

/**
 * "Are you still there?": a modal alert dialog, read out when it opens (its heading names it, its text
 * describes it), with the seconds left and "I need more time" (WCAG 2.2.1). Escape counts as more time:
 * whoever pressed it is there. The countdown itself is not a live region, so it is not read every second.
 */
export function IdleWarning({
  secondsLeft,
  atStake,
  onMoreTime,
}: {
  secondsLeft: number;
  atStake: AtStake;
  onMoreTime: () => void;
}) {
  const ref = useModal(onMoreTime);
  const text =
    atStake === 'keep-partial'
      ? t('kiosk.idleKeep', { count: secondsLeft })
      : atStake === 'discard'
        ? t('kiosk.idleDiscard', { count: secondsLeft })
        : t('kiosk.idleStart', { count: secondsLeft });
  return (
    <dialog
      ref={ref}
      class="dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
    >
      <h2 id="idle-title" class="dialog__title">
        {t('kiosk.idleTitle')}
      </h2>
      <p id="idle-text">{text}</p>
      <button type="button" class="button" autofocus onClick={onMoreTime}>
        {t('kiosk.moreTime')}
      </button>
    </dialog>
  );
}
