import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { formatTime } from '../format.ts';
import { NextScreenNotice } from '../NextScreenNotice.tsx';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { ReflectionList } from './ReflectionList.tsx';
import { type Reflection, writePath } from './reflection.ts';

type Loaded = { kind: 'loading' } | { kind: 'ready'; reflections: Reflection[] } | { kind: 'error'; message: string };

/** The reflections written on one event, oldest first, with a link to write another. */
export function EventReflectionsPage() {
  const { query } = useLocation();
  const event = query.event ?? '';
  const formId = query.form || null;
  const title = t('reflections.listTitle', { event });
  useDocumentTitle(title);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    const search = new URLSearchParams({ event, ...(formId && { form: formId }) });
    officerCall<{ reflections: Reflection[] }>(`/api/reflections?${search}`).then(
      ({ reflections }) => setLoaded({ kind: 'ready', reflections }),
      (error) => setLoaded({ kind: 'error', message: problemText(error) }),
    );
  }, [event, formId]);

  return (
    <>
      <NextScreenNotice />
      <a href="/officer/reflections" class="back-link">
        {t('reflections.back')}
      </a>
      <PageHeading>{title}</PageHeading>
      <p>
        <a class="button button--secondary" href={writePath(event, formId)}>
          {t('channels.writeReflection')}
        </a>
      </p>
      <div role="status">
        {loaded.kind === 'loading' && <p>{t('reflections.loading')}</p>}
        {loaded.kind === 'error' && <p class="notice notice--error">{loaded.message}</p>}
        {loaded.kind === 'ready' && loaded.reflections.length === 0 && <p>{t('reflections.noneYet')}</p>}
      </div>
      {loaded.kind === 'ready' && (
        <ReflectionList reflections={loaded.reflections} headingLevel={2} formatTime={formatTime} />
      )}
    </>
  );
}
