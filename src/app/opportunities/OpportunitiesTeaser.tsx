import { lazy } from 'preact-iso';

// Loaded after the welcome screen (the worker precaches it for offline use), so the first load stays small.
const TeaserList = lazy(() => import('./TeaserList.tsx').then((m) => m.TeaserList));

/** "Get involved" on the welcome screen (plain list and kiosk): the current opportunities to take part. */
export function OpportunitiesTeaser() {
  return <TeaserList />;
}
