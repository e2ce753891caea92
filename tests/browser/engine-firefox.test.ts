import { describeOfflineJourney } from '../support/engines/offline-journey.ts';

// Issue 10's journey in firefox (see tests/support/engines/): the same steps as in the other engines.
describeOfflineJourney('firefox', { kiosk: true });
