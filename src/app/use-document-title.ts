import { useEffect } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';

/** Sets the page title as "<page> – Chorus", so screen readers and tabs say where the user is. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title]);
}
