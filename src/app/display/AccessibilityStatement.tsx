import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { inKioskMode } from '../kiosk/kiosk-mode.ts';
import { useDocumentTitle } from '../use-document-title.ts';

/**
 * The accessibility statement, in the structure of GOV.UK's sample statement for the Public Sector Bodies
 * Accessibility Regulations 2018. On a kiosk the outside addresses are shown as text, not links: residents
 * cannot leave the kiosk, but can note them down.
 */
export function AccessibilityStatement() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('statement.title'));
  useEffect(() => headingRef.current?.focus(), []);
  const want = ['statement.want1', 'statement.want2', 'statement.want3', 'statement.want4', 'statement.want5'] as const;
  const how = ['statement.how1', 'statement.how2', 'statement.how3'] as const;
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('statement.title')}
      </h1>
      <p>{t('statement.intro')}</p>
      <p>{t('statement.wantTitle')}</p>
      <ul>
        {want.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p>{t('statement.plain')}</p>
      <p>
        {t('statement.abilityNet')} <Outside href="https://mcmw.abilitynet.org.uk/" />
      </p>

      <h2>{t('statement.howTitle')}</h2>
      <p>{t('statement.howIntro')}</p>
      <ul>
        {how.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h2>{t('statement.feedbackTitle')}</h2>
      <p>{t('statement.feedback')}</p>

      <h2>{t('statement.reportTitle')}</h2>
      <p>{t('statement.report')}</p>

      <h2>{t('statement.enforcementTitle')}</h2>
      <p>
        {t('statement.enforcement')} <Outside href="https://www.equalityadvisoryservice.com/" />
      </p>
      <p>
        {t('statement.enforcementNi')} <Outside href="https://www.equalityni.org/Home" />
      </p>

      <h2>{t('statement.technicalTitle')}</h2>
      <p>{t('statement.technical')}</p>
      <h3>{t('statement.complianceTitle')}</h3>
      <p>{t('statement.compliance')}</p>

      <h2>{t('statement.nonAccessibleTitle')}</h2>
      <p>{t('statement.nonAccessibleIntro')}</p>
      <h3>{t('statement.nonComplianceTitle')}</h3>
      <p>{t('statement.nonCompliance1')}</p>
      <p>{t('statement.nonCompliance2')}</p>
      <h3>{t('statement.burdenTitle')}</h3>
      <p>{t('statement.burden')}</p>
      <h3>{t('statement.scopeTitle')}</h3>
      <p>{t('statement.scope')}</p>

      <h2>{t('statement.improveTitle')}</h2>
      <p>{t('statement.improve')}</p>

      <h2>{t('statement.preparationTitle')}</h2>
      <p>{t('statement.prepared')}</p>
      <p>{t('statement.tested')}</p>
    </>
  );
}

function Outside({ href }: { href: string }) {
  const shown = href.replace(/^https:\/\//, '').replace(/\/$/, '');
  return inKioskMode() ? (
    <span class="outside-address">{shown}</span>
  ) : (
    <a class="statement-link" href={href}>
      {shown}
    </a>
  );
}
