/** How long staff hold the screen's top corner to ask for the PIN. */
export const CORNER_HOLD_MS = 3000;
/** The corner: this many CSS pixels from the top and from the side where the line starts (right to left aware). */
const CORNER_PX = 64;

/**
 * Calls `onHold` when a finger, pen or mouse button is held still in the screen's top starting corner for
 * CORNER_HOLD_MS: the staff gesture of a kiosk (the "Staff" button does the same for keyboard and switch
 * users). Returns the function that stops listening.
 */
export function listenForCornerHold(onHold: () => void, target: Document = document): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start: { x: number; y: number } | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    start = undefined;
  };
  const inCorner = (event: PointerEvent) => {
    const rtl = target.documentElement.dir === 'rtl';
    const fromSide = rtl ? target.documentElement.clientWidth - event.clientX : event.clientX;
    return event.clientY <= CORNER_PX && fromSide <= CORNER_PX;
  };
  const down = (event: PointerEvent) => {
    cancel();
    if (!inCorner(event)) return;
    start = { x: event.clientX, y: event.clientY };
    timer = setTimeout(() => {
      cancel();
      onHold();
    }, CORNER_HOLD_MS);
  };
  // A finger that slides away (a scroll) is not a hold.
  const move = (event: PointerEvent) => {
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 16) cancel();
  };
  target.addEventListener('pointerdown', down);
  target.addEventListener('pointermove', move);
  target.addEventListener('pointerup', cancel);
  target.addEventListener('pointercancel', cancel);
  return () => {
    cancel();
    target.removeEventListener('pointerdown', down);
    target.removeEventListener('pointermove', move);
    target.removeEventListener('pointerup', cancel);
    target.removeEventListener('pointercancel', cancel);
  };
}
