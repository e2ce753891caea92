import { t } from '../i18n/i18n.ts';
import { kioskMode } from './kiosk/kiosk-mode.ts';
import { StaffExit } from './kiosk/StaffExit.tsx';

/** The foot of every screen: the accessibility statement, and on a kiosk the staff's way out. */
export function SiteFooter() {
  const kiosk = kioskMode.value;
  return (
    <footer class="footer">
      <div class="container footer__inner">
        <a href="/accessibility">{t('statement.footerLink')}</a>
        {kiosk && <StaffExit settings={kiosk} />}
      </div>
    </footer>
  );
}
