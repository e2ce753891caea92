import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

let firstScreen = true;

/**
 * An officer screen's h1. When the officer moved here inside the app (a link, the return after signing in)
 * it takes the focus, so keyboard and screen-reader users start at the top of the new screen rather than on
 * the link they left. The first screen of a page load leaves the focus where the browser put it.
 */
export function PageHeading({ children }: { children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstScreen) heading.current?.focus();
    firstScreen = false;
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
