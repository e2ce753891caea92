import type { ComponentChildren } from 'preact';

/**
 * A wide table's own scrolling box, so at 320 px (or 400% zoom) the page itself never scrolls sideways.
 * It takes the focus (and is a region named by the table's caption) so a keyboard user can scroll it too:
 * WCAG 2.1.1, and axe's scrollable-region-focusable.
 */
export function TableScroll({ captionId, children }: { captionId: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard to scroll it.
    <section class="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}
