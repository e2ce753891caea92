import { signal } from '@preact/signals';
import { getKioskSettings, type KioskSettings } from '../../db/kiosk-settings.ts';

/** The tablet's kiosk mode: undefined until read from the database, null when off. */
export const kioskMode = signal<KioskSettings | null | undefined>(undefined);

/**
 * Reads the mode. On a kiosk, a page loaded anywhere but the welcome screen (or the accessibility statement)
 * belongs to nobody now: a reload, a tab the browser brought back, or Back into an entry of an earlier page,
 * which browsers without the Navigation API (WebKit) keep after a reset. So answers in progress are settled
 * as a reset settles them, and the page is replaced by the welcome screen before anything is shown.
 */
export async function loadKioskMode(): Promise<KioskSettings | null> {
  const settings = (await getKioskSettings()) ?? null;
  if (settings && !KIOSK_LANDINGS.has(location.pathname)) {
    const { settleKioskDrafts } = await import('../../db/kiosk-drafts.ts');
    await settleKioskDrafts(settings.formIds).catch(() => []);
    location.replace('/');
    return settings; // The mode stays unknown, so nothing renders before the welcome screen loads.
  }
  kioskMode.value = settings;
  return settings;
}

/** Where a kiosk page may open. */
const KIOSK_LANDINGS = new Set(['/', '/accessibility']);

/** True while the tablet is a kiosk (false while still unknown: nothing is shown then anyway). */
export function inKioskMode(): boolean {
  return Boolean(kioskMode.value);
}

/**
 * The places a resident may go on a kiosk: the welcome screen, the accessibility statement, the journey
 * through the chosen consultations, and the opportunities to take part. Everything else (staff and officer screens, other consultations) is not.
 */
export function kioskAllows(path: string, formIds: readonly string[]): boolean {
  if (path === '/' || path === '/accessibility') return true;
  // Opportunities to take part (issue 8): the list, one's details, registering and its confirmation.
  if (/^\/opportunities(?:\/[^/]+(?:\/(?:register|registered))?)?\/?$/.test(path)) return true;
  // "You said, we did" pages and the reference lookup are public, for anyone at the kiosk.
  if (path === '/results' || path.startsWith('/results/')) return true;
  const match = /^\/c\/([^/]+)(?:\/(?:q\/[^/]+|check|done))?\/?$/.exec(path);
  if (!match?.[1]) return false;
  try {
    return formIds.includes(decodeURIComponent(match[1]));
  } catch {
    return false; // A malformed escape is no consultation.
  }
}

/**
 * For a resident's free-text fields: on a shared kiosk the browser must not offer (or remember) what the last
 * person typed, so autofill is off there; elsewhere the field keeps the browser's default.
 */
export function kioskAutocomplete(): 'off' | undefined {
  return inKioskMode() ? 'off' : undefined;
}
