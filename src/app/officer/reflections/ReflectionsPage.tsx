import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms, type PublishedForm } from '../published-forms.ts';
import { TableScroll } from '../TableScroll.tsx';
import { type ReflectedEvent, readPath, writePath } from './reflection.ts';

type Events = { kind: 'loading' } | { kind: 'ready'; events: ReflectedEvent[] } | { kind: 'error'; message: string };

/**
 * Every event the tablets have named, with a way to write a reflection on it and read those written. No
 * response counts: outreach staff, who run events but may not read responses, use this screen too.
 */
export function ReflectionsPage() {
  useDocumentTitle(t('reflections.title'));
  const [events, setEvents] = useState<Events>({ kind: 'loading' });
  const [forms, setForms] = useState<PublishedForm[]>([]);
  useEffect(() => {
    officerCall<{ events: ReflectedEvent[] }>('/api/reflections/events').then(
      ({ events }) => setEvents({ kind: 'ready', events }),
      (error) => setEvents({ kind: 'error', message: problemText(error) }),
    );
    loadPublishedForms().then(setForms, () => setForms([]));
  }, []);
  const titleOf = (id: string | null) => (id ? (forms.find((f) => f.id === id)?.title ?? id) : t('reflections.noForm'));

  return (
    <>
      <PageHeading>{t('reflections.title')}</PageHeading>
      <p>{t('reflections.intro')}</p>
      <p>
        <a class="button button--secondary" href={writePath('', null)}>
          {t('reflections.writeTitle')}
        </a>
      </p>
      <div role="status">
        {events.kind === 'loading' && <p>{t('reflections.loading')}</p>}
        {events.kind === 'error' && <p class="notice notice--error">{events.message}</p>}
        {events.kind === 'ready' && events.events.length === 0 && <p>{t('reflections.none')}</p>}
      </div>
      {events.kind === 'ready' && events.events.length > 0 && (
        <TableScroll captionId="reflections-caption">
          <table class="table">
            <caption id="reflections-caption" class="table__caption">
              {t('reflections.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('reflections.colEvent')}</th>
                <th scope="col">{t('reflections.colForm')}</th>
                <th scope="col">{t('reflections.colReflections')}</th>
              </tr>
            </thead>
            <tbody>
              {events.events.map((row) => (
                <tr key={`${row.formId}\n${row.event}`}>
                  <th scope="row">{row.event}</th>
                  <td>{titleOf(row.formId)}</td>
                  <td>
                    <ReflectionLinks event={row.event} formId={row.formId} count={row.reflections} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

/** "Write a reflection" and, where there are any, "Reflections (2)": on this screen and the events screen. */
export function ReflectionLinks({ event, formId, count }: { event: string; formId: string | null; count: number }) {
  return (
    <ul class="reflection-links">
      <li class="reflection-links__item">
        <a href={writePath(event, formId)}>
          {t('channels.writeReflection')}
          <span class="visually-hidden"> ({event})</span>
        </a>
      </li>
      {count > 0 && (
        <li class="reflection-links__item">
          <a href={readPath(event, formId)}>
            {t('channels.reflectionsCount', { count })}
            <span class="visually-hidden"> ({event})</span>
          </a>
        </li>
      )}
    </ul>
  );
}
