import { useState } from 'preact/hooks';
import type { KioskSettings } from '../../db/kiosk-settings.ts';
import { t } from '../../i18n/i18n.ts';
import { resetKiosk } from './kiosk-reset.ts';
import { PinDialog } from './PinDialog.tsx';

/**
 * A small "Staff" button at the foot of every kiosk screen: reachable by keyboard and switch, unremarkable to
 * residents, and useless without the PIN. The right PIN clears the last person's traces like any reset, then
 * opens the kiosk set-up screen.
 */
export function StaffExit({ settings }: { settings: KioskSettings }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" class="staff-button" onClick={() => setOpen(true)}>
        {t('kiosk.staff')}
      </button>
      {open && <PinDialog onClose={() => setOpen(false)} onLeft={() => void resetKiosk(settings, '/setup/kiosk')} />}
    </>
  );
}
