/**
 * Keeps the screen on while the tablet is a kiosk (Screen Wake Lock), asking again whenever the page becomes
 * visible, since the browser lets go of the lock whenever it is hidden. Silently does nothing where the
 * browser has no wake lock or refuses one (low battery, a policy). Returns a function that lets go.
 */
export function keepScreenAwake(): () => void {
  const wakeLock = (navigator as Navigator & { wakeLock?: WakeLock }).wakeLock;
  if (!wakeLock) return () => {};
  let sentinel: WakeLockSentinel | null = null;
  let stopped = false;
  const request = () => {
    if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
    wakeLock.request('screen').then(
      (held) => {
        if (stopped) void held.release();
        else sentinel = held;
      },
      () => {}, // Refused: the screen may sleep, and nothing else changes.
    );
  };
  document.addEventListener('visibilitychange', request);
  request();
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', request);
    void sentinel?.release().catch(() => {});
  };
}
