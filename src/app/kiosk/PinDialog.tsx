import { useRef, useState } from 'preact/hooks';
import { leaveKioskMode } from '../../db/kiosk-settings.ts';
import { t } from '../../i18n/i18n.ts';
import { storageErrorMessage } from '../storage-error.ts';
import { useModal } from './use-modal.ts';

/**
 * Staff leave kiosk mode here: the PIN, checked against the hash on the device. A wrong PIN says how many
 * tries are left; too many in a row and the device makes staff wait. The message is tied to the field and
 * announced, and focus goes back to the field to try again.
 */
export function PinDialog({ onClose, onLeft }: { onClose: () => void; onLeft: () => void }) {
  const ref = useModal(onClose);
  const inputRef = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (pin === '') {
      setError(t('kiosk.pinEnter'));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await leaveKioskMode(pin);
      if (result.ok) return onLeft();
      setError(
        'triesLeft' in result
          ? t('kiosk.pinWrong', { count: result.triesLeft })
          : t('kiosk.pinLocked', { count: Math.ceil(result.lockedForMs / 1000) }),
      );
    } catch (failure) {
      setError(storageErrorMessage(failure));
    } finally {
      setBusy(false);
      setPin('');
    }
    inputRef.current?.focus();
  }

  return (
    <dialog ref={ref} class="dialog" aria-labelledby="pin-title" aria-describedby="pin-intro">
      <form onSubmit={submit} noValidate>
        <h2 id="pin-title" class="dialog__title">
          {t('kiosk.pinTitle')}
        </h2>
        <p id="pin-intro">{t('kiosk.pinIntro')}</p>
        <div class={`question${error ? ' question--error' : ''}`}>
          <label class="question__legend" for="staff-pin">
            {t('kiosk.pinLabel')}
          </label>
          {error && (
            <p id="staff-pin-error" class="field-error" role="alert">
              <span class="visually-hidden">{t('form.errorPrefix')} </span>
              {error}
            </p>
          )}
          <input
            ref={inputRef}
            id="staff-pin"
            class="input input--short"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            autofocus
            maxLength={8}
            value={pin}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'staff-pin-error' : undefined}
            onInput={(e) => setPin(e.currentTarget.value)}
          />
        </div>
        <div class="button-group">
          <button type="submit" class="button" disabled={busy}>
            {t('kiosk.pinSubmit')}
          </button>
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t('kiosk.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
