import { describeOfflineJourney } from '../support/engines/offline-journey.ts';

// Issue 10's journey in Chromium (see tests/support/engines/): the same steps as in Firefox and WebKit. The
// kiosk reset is left to kiosk.test.ts here, which moves Chromium's clock instead of waiting a real minute.
describeOfflineJourney('chromium', { kiosk: false });
