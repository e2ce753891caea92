import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';

export function FormNotFound() {
  useDocumentTitle(t('form.notFound'));
  return (
    <>
      <h1>{t('form.notFound')}</h1>
      <a href="/">{t('form.back')}</a>
    </>
  );
}
