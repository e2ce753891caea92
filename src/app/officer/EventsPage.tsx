import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';
import { SelectField } from './fields.tsx';
import { formatCount, formatTime } from './format.ts';
import { officerCall, problemText } from './officer-session.ts';
import { PageHeading } from './PageHeading.tsx';
import { loadPublishedForms, type PublishedForm } from './published-forms.ts';
import { ReflectionLinks } from './reflections/ReflectionsPage.tsx';
import { useReflectionCounts } from './reflections/use-reflection-counts.ts';
import { TableScroll } from './TableScroll.tsx';

/** One event's responses to one form, as `GET /api/events` lists it (counts under 5 suppressed). */
interface EventSummary {
  event: string;
  formId: string;
  count: number | null;
  suppressed?: true;
  /** Hidden although 5 or more, so a single small event's count cannot be worked out from the total. */
  secondary?: true;
  firstSubmittedAt: string;
  lastSubmittedAt: string;
  /** Issue 8: the partner organisations whose tablets collected here. */
  partners: string[];
}

type Events = { kind: 'loading' } | { kind: 'ready'; events: EventSummary[] } | { kind: 'error'; message: string };

/**
 * Where responses came from: each event (library drop-in, market stall) with its consultation, how many
 * responses and when the first and last arrived; filtered by consultation through the address (?form=).
 */
export function EventsPage() {
  useDocumentTitle(t('officer.events.title'));
  const { query, route } = useLocation();
  const form = query.form ?? '';
  const [forms, setForms] = useState<PublishedForm[]>([]);
  const [chosen, setChosen] = useState(form);
  const [events, setEvents] = useState<Events>({ kind: 'loading' });
  const reflections = useReflectionCounts();

  useEffect(() => {
    loadPublishedForms().then(setForms, () => setForms([]));
  }, []);
  useEffect(() => {
    setChosen(form);
    setEvents({ kind: 'loading' });
    const path = form ? `/api/events?form=${encodeURIComponent(form)}` : '/api/events';
    officerCall<{ events: EventSummary[] }>(path).then(
      ({ events }) => setEvents({ kind: 'ready', events }),
      (error) => setEvents({ kind: 'error', message: problemText(error) }),
    );
  }, [form]);

  function filter(event: Event) {
    event.preventDefault();
    route(chosen ? `/officer/events?form=${encodeURIComponent(chosen)}` : '/officer/events');
  }

  const titleOf = (id: string) => forms.find((f) => f.id === id)?.title ?? id;
  return (
    <>
      <PageHeading>{t('officer.events.title')}</PageHeading>
      <p>{t('officer.events.intro')}</p>
      <p class="hint">{t('officer.events.privacy')}</p>
      <form onSubmit={filter} class="filter" noValidate>
        <SelectField
          id="events-form"
          label={t('officer.events.formLabel')}
          options={[
            { value: '', label: t('officer.events.allForms') },
            ...forms.map((f) => ({ value: f.id, label: f.title })),
          ]}
          value={chosen}
          onValue={setChosen}
        />
        <button type="submit" class="button button--secondary">
          {t('officer.events.apply')}
        </button>
      </form>
      <div role="status">
        {events.kind === 'loading' && <p>{t('officer.events.loading')}</p>}
        {events.kind === 'error' && <p class="notice notice--error">{events.message}</p>}
        {events.kind === 'ready' && events.events.length === 0 && <p>{t('officer.events.none')}</p>}
      </div>
      {events.kind === 'ready' && events.events.length > 0 && (
        <TableScroll captionId="events-caption">
          <table class="table">
            <caption id="events-caption" class="table__caption">
              {form ? t('officer.events.captionFor', { form: titleOf(form) }) : t('officer.events.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('officer.events.colEvent')}</th>
                <th scope="col">{t('officer.events.colForm')}</th>
                <th scope="col" class="table__number">
                  {t('officer.events.colCount')}
                </th>
                <th scope="col">{t('officer.events.colFirst')}</th>
                <th scope="col">{t('officer.events.colLast')}</th>
                <th scope="col">{t('channels.colPartners')}</th>
                <th scope="col">{t('channels.colReflections')}</th>
              </tr>
            </thead>
            <tbody>
              {events.events.map((row) => (
                <tr key={`${row.formId}\n${row.event}`}>
                  <th scope="row">{row.event || t('reach.noEvent')}</th>
                  <td>{titleOf(row.formId)}</td>
                  <td class="table__number">{row.secondary ? t('reach.hiddenSecondary') : formatCount(row.count)}</td>
                  <td>{formatTime(row.firstSubmittedAt)}</td>
                  <td>{formatTime(row.lastSubmittedAt)}</td>
                  <td>{row.partners.length ? row.partners.join(', ') : t('channels.noPartner')}</td>
                  <td>
                    {row.event && reflections && (
                      <ReflectionLinks
                        event={row.event}
                        formId={row.formId}
                        count={reflections.get(JSON.stringify([row.event, row.formId])) ?? 0}
                      />
                    )}
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
