import { useEffect, useRef, useState } from 'preact/hooks';
import { kioskResetOf } from '../../core/form.ts';
import { isAnswered } from '../../core/response.ts';
import { settleKioskDrafts } from '../../db/kiosk-drafts.ts';
import type { KioskSettings } from '../../db/kiosk-settings.ts';
import { session } from '../form/form-session.ts';
import { type AtStake, IdleWarning } from './IdleWarning.tsx';
import { IdleTimer } from './idle-timer.ts';
import { resetKiosk } from './kiosk-reset.ts';
import { keepScreenAwake } from './wake-lock.ts';

/** The warning waits this long for an answer (WCAG 2.2.1 asks for at least 20 seconds). */
export const WARNING_SECONDS = 30;
const INPUT_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll', 'input'] as const;

/**
 * What runs while the tablet is a kiosk: the screen kept awake, the idle clock with its warning and reset,
 * and a page restored from the back/forward cache reloaded (it may hold the last person's screen).
 */
export function KioskSession({ settings }: { settings: KioskSettings }) {
  const [warning, setWarning] = useState<{ secondsLeft: number; atStake: AtStake } | null>(null);
  const timerRef = useRef<IdleTimer | null>(null);

  useEffect(() => keepScreenAwake(), []);

  useEffect(() => {
    // A page opened at the welcome screen starts clean, even if the last one was closed mid-form.
    if (location.pathname === '/') void settleKioskDrafts(settings.formIds).catch(() => {});
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) location.reload();
    };
    addEventListener('pageshow', onPageShow);
    return () => removeEventListener('pageshow', onPageShow);
  }, []);

  useEffect(() => {
    let atStake: AtStake = 'nothing';
    const timer = new IdleTimer({
      idleMs: settings.idleSeconds * 1000,
      warningMs: WARNING_SECONDS * 1000,
      shouldWarn: () => location.pathname !== '/' || sessionStorage.length > 0,
      onWarn: () => {
        atStake = answersAtStake();
      },
      onTick: (secondsLeft) => setWarning({ secondsLeft, atStake }),
      onExpire: () => void resetKiosk(settings),
    });
    timerRef.current = timer;
    const onInput = () => timer.input();
    for (const type of INPUT_EVENTS) addEventListener(type, onInput, { capture: true, passive: true });
    timer.start();
    return () => {
      timer.stop();
      for (const type of INPUT_EVENTS) removeEventListener(type, onInput, { capture: true });
    };
  }, [settings]);

  if (!warning) return null;
  return (
    <IdleWarning
      secondsLeft={warning.secondsLeft}
      atStake={warning.atStake}
      onMoreTime={() => {
        setWarning(null);
        timerRef.current?.moreTime();
      }}
    />
  );
}

function answersAtStake(): AtStake {
  const open = session.value;
  if (!open || open === 'missing' || !Object.values(open.answers).some(isAnswered)) return 'nothing';
  return kioskResetOf(open.form);
}
