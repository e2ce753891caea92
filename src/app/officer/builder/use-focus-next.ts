import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Where the focus goes after the change a control makes redraws the screen: set `.current` to an element id.
 * A render before that element is drawn (the form and the open question can arrive in separate renders on a
 * busy tablet) leaves the wish for the next one.
 */
export function useFocusNext(): RefObject<string | null> {
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });
  return focusNext;
}
