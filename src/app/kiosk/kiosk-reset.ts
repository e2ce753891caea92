import { settleKioskDrafts } from '../../db/kiosk-drafts.ts';
import type { KioskSettings } from '../../db/kiosk-settings.ts';
import { scheduleSend } from '../../sw-bridge.ts';
import { closeSession } from '../form/form-session.ts';
import { rewindHistory } from './rewind-history.ts';

/**
 * Makes the kiosk ready for the next person, or for staff after the PIN (`to`):
 * 1. answers in progress: sent as a partial response where the form keeps them, otherwise deleted;
 * 2. this tab's session storage (display options, language) cleared;
 * 3. history rewound so Back and Forward reach none of the last person's screens;
 * 4. a fresh page: nothing of theirs is left in memory, in a form field or in the page cache.
 */
export async function resetKiosk(settings: KioskSettings, to = '/'): Promise<void> {
  closeSession(); // No more draft writes from the screen being left.
  try {
    if ((await settleKioskDrafts(settings.formIds)).length > 0) void scheduleSend();
  } catch (error) {
    // Storage failed: the next start at the welcome screen settles the drafts again before anyone sees them.
    console.error('Clearing answers in progress failed:', error);
  }
  try {
    sessionStorage.clear();
  } catch {
    // Nothing stored, or storage refused.
  }
  const rewound = await rewindHistory();
  if (rewound && to === '/') location.reload();
  else location.replace(to);
}
