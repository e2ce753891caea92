import { signal } from '@preact/signals';

/** Text size as a share of the browser's own (the whole layout is in rem, so it reflows). */
export const TEXT_SIZES = ['100', '125', '150', '200'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const CONTRASTS = ['standard', 'high'] as const;
export type Contrast = (typeof CONTRASTS)[number];

export interface DisplayPreferences {
  textSize: TextSize;
  contrast: Contrast;
}

export const STANDARD_DISPLAY: DisplayPreferences = { textSize: '100', contrast: 'standard' };
/** Kept for this browser tab only (sessionStorage): a kiosk reset clears it for the next person. */
const STORAGE_KEY = 'chorus-display';

export const displayPreferences = signal<DisplayPreferences>(STANDARD_DISPLAY);

/** Reads this tab's choice and applies it; call before the first render so nothing flashes. */
export function restoreDisplayPreferences(): void {
  let saved: Partial<DisplayPreferences> = {};
  try {
    saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<DisplayPreferences>;
  } catch {
    // Unreadable: the standard display.
  }
  apply({
    textSize: TEXT_SIZES.find((s) => s === saved.textSize) ?? STANDARD_DISPLAY.textSize,
    contrast: CONTRASTS.find((c) => c === saved.contrast) ?? STANDARD_DISPLAY.contrast,
  });
}

export function setDisplayPreferences(change: Partial<DisplayPreferences>): void {
  const next = { ...displayPreferences.value, ...change };
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage refused (private mode): the choice still applies until the page is closed.
  }
  apply(next);
}

export function isStandardDisplay(): boolean {
  const { textSize, contrast } = displayPreferences.value;
  return textSize === STANDARD_DISPLAY.textSize && contrast === STANDARD_DISPLAY.contrast;
}

function apply(preferences: DisplayPreferences): void {
  displayPreferences.value = preferences;
  const root = document.documentElement;
  for (const size of TEXT_SIZES) root.classList.toggle(`text-${size}`, size === preferences.textSize && size !== '100');
  root.classList.toggle('high-contrast', preferences.contrast === 'high');
}
