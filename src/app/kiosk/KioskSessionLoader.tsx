import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { KioskSettings } from '../../db/kiosk-settings.ts';

type Session = FunctionComponent<{ settings: KioskSettings }>;

/**
 * Loads what a kiosk runs (idle clock, warning, reset, wake lock) only on a tablet in kiosk mode, so a resident
 * on their own device never downloads it. The worker precaches it, so a kiosk offline has it too.
 */
export function KioskSessionLoader({ settings }: { settings: KioskSettings }) {
  const [Session, setSession] = useState<Session | null>(null);
  useEffect(() => {
    void import('./KioskSession.tsx').then((m) => setSession(() => m.KioskSession));
  }, []);
  return Session ? <Session settings={settings} /> : null;
}
