import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { KioskSettings } from '../../db/kiosk-settings.ts';
import { t } from '../../i18n/i18n.ts';
import { listenForCornerHold } from './corner-press.ts';
import type { PinDialog as PinDialogType } from './PinDialog.tsx';

type Dialog = FunctionComponent<Parameters<typeof PinDialogType>[0]>;

/**
 * A small "Staff" button at the foot of every kiosk screen, and a 3-second hold on the screen's top corner:
 * reachable by keyboard, switch and touch, unremarkable to residents, and useless without the PIN. The right PIN clears the last person's traces like any reset, then
 * opens the kiosk set-up screen.
 */
export function StaffExit({ settings }: { settings: KioskSettings }) {
  // The dialog and the PIN check load when staff ask for them (precached by the worker for offline use).
  const [PinDialog, setPinDialog] = useState<Dialog | null>(null);
  const open = () => void import('./PinDialog.tsx').then((m) => setPinDialog(() => m.PinDialog));
  // Holding the top corner of the screen for 3 seconds asks for the PIN too (corner-press.ts).
  useEffect(() => listenForCornerHold(open), []);
  const leave = () => void import('./kiosk-reset.ts').then((m) => m.resetKiosk(settings, '/setup/kiosk'));
  return (
    <>
      <button type="button" class="staff-button" onClick={open}>
        {t('kiosk.staff')}
      </button>
      {PinDialog && <PinDialog onClose={() => setPinDialog(null)} onLeft={leave} />}
    </>
  );
}
