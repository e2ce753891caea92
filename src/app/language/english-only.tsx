import type { ComponentType } from 'preact';

/**
 * Officers' screens (reach, import) are in English only, like those under src/app/officer/. On a tablet
 * whose screens are in Welsh or Arabic, their text is marked as English, left to right, so a screen reader
 * reads it in an English voice and the layout does not mirror around it.
 */
export function englishOnly<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  return function EnglishOnly(props: P) {
    return (
      <div lang="en" dir="ltr">
        <Page {...props} />
      </div>
    );
  };
}
