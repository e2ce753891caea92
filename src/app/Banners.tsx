import { useLocation } from 'preact-iso';
import { t } from '../i18n/i18n.ts';
import { applyUpdate, updateReady } from '../sw-bridge.ts';
import { databaseAlert } from './database-alerts.ts';
import { inKioskMode } from './kiosk/kiosk-mode.ts';

/**
 * Messages about the app itself, shown above every screen. A waiting update is offered only when no form
 * is open, so a resident is never interrupted; staff choose when to take it (never on a kiosk, where only
 * residents are: staff update after leaving kiosk mode).
 */
export function Banners() {
  const { path } = useLocation();
  const formOpen = path.startsWith('/c/') && !path.endsWith('/done');
  const alert = databaseAlert.value;
  return (
    <>
      {alert && (
        <div class="notice notice--error" role="alert">
          <p>{alert === 'blocked' ? t('banner.databaseBlocked') : t('banner.databaseReplaced')}</p>
          {alert === 'replaced' && (
            <button type="button" class="button" onClick={() => window.location.reload()}>
              {t('banner.reload')}
            </button>
          )}
        </div>
      )}
      {updateReady.value && !formOpen && !inKioskMode() && (
        <section class="notice" aria-labelledby="update-title">
          <h2 id="update-title" class="notice__title">
            {t('banner.updateTitle')}
          </h2>
          <p>{t('banner.updateBody')}</p>
          <button type="button" class="button" onClick={applyUpdate}>
            {t('banner.updateNow')}
          </button>
        </section>
      )}
    </>
  );
}
