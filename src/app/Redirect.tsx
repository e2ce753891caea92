import { useLayoutEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/** A route that has moved: sends the old address (with its query) to the new one, replacing it in history. */
export function redirectTo(path: string) {
  return function Redirect() {
    const { route } = useLocation();
    useLayoutEffect(() => route(`${path}${location.search}`, true), []);
    return null;
  };
}
