import { retryDue } from './core/backoff.ts';
import { getLastSend } from './db/device.ts';
import { countWaiting } from './db/outbox.ts';
import { requestSend } from './sw-bridge.ts';

/** How often the open page checks whether responses wait and a retry is due. */
const TICK_MS = 3_000;

/**
 * While the page is open, responses leave by themselves: on a timer that respects the worker's backoff
 * (so a failing endpoint is not hammered), at once when the browser comes online (which resets the
 * backoff), and when the page becomes visible again. Needed where Background Sync does not exist, and
 * where only the endpoint (not the connection) was down, when no `online` event ever fires.
 */
export function startSendScheduler(now: () => number = Date.now): () => void {
  const tick = async () => {
    const waiting = await countWaiting();
    if (waiting > 0 && retryDue(await getLastSend(), now())) await requestSend();
  };
  const timer = setInterval(() => void tick(), TICK_MS);
  const onOnline = () => void requestSend({ resetBackoff: true });
  const onVisible = () => {
    if (document.visibilityState === 'visible') void tick();
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  void requestSend(); // Page start.
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
