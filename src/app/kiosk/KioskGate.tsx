import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { kioskAllows, kioskMode } from './kiosk-mode.ts';

/**
 * Shows its children only where the tablet's mode allows: nothing until the mode is known (so a staff screen
 * never flashes on a kiosk), and on a kiosk, anywhere a resident may not go becomes the welcome screen.
 */
export function KioskGate({ children }: { children: ComponentChildren }) {
  const mode = kioskMode.value;
  const { path, route } = useLocation();
  const allowed = mode === null || (mode !== undefined && kioskAllows(path, mode.formIds));
  useEffect(() => {
    if (mode && !allowed) route('/', true);
  }, [mode, allowed, path]);
  return allowed ? children : null;
}
