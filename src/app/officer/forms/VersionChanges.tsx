import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { FormDefinition } from '../../../core/form.ts';
import { diffForms, type FormChange } from '../../../core/form-diff.ts';
import { localise } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { SelectField } from '../fields.tsx';
import { problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { loadPublishedForms, type PublishedForm } from '../published-forms.ts';

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; form?: PublishedForm };

/**
 * `/officer/forms/:id/changes`: what changed between two published versions of a consultation (newest and
 * the one before, unless the officer picks others), grouped by question, each change in plain English.
 */
export function VersionChanges() {
  const id = useRoute().params.id ?? '';
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  useDocumentTitle(t('versions.title'));

  useEffect(() => {
    loadPublishedForms().then(
      (forms) => {
        const form = forms.find((f) => f.id === id);
        const newest = form?.versions.at(-1)?.version ?? 0;
        setTo(newest);
        setFrom(form?.versions.at(-2)?.version ?? newest);
        setLoaded({ kind: 'ready', form });
      },
      (error) => setLoaded({ kind: 'failed', message: problemText(error) }),
    );
  }, [id]);

  return (
    <>
      <PageHeading>{t('versions.title')}</PageHeading>
      {loaded.kind === 'loading' && <p role="status">{t('versions.loading')}</p>}
      {loaded.kind === 'failed' && (
        <p class="field-error" role="alert">
          {loaded.message}
        </p>
      )}
      {loaded.kind === 'ready' && !loaded.form && <p>{t('versions.notFound', { id })}</p>}
      {loaded.kind === 'ready' && loaded.form && (
        <Comparison form={loaded.form} from={from} to={to} onFrom={setFrom} onTo={setTo} />
      )}
      <p>
        <a href="/officer">{t('versions.back')}</a>
      </p>
    </>
  );
}

function Comparison({
  form,
  from,
  to,
  onFrom,
  onTo,
}: {
  form: PublishedForm;
  from: number;
  to: number;
  onFrom(version: number): void;
  onTo(version: number): void;
}) {
  const newest = form.versions.at(-1) as FormDefinition;
  const title = localise(newest.title, newest.defaultLanguage, newest.defaultLanguage).text;
  if (form.versions.length < 2)
    return (
      <>
        <p class="lead">{title}</p>
        <p>{t('versions.onlyOne', { version: newest.version })}</p>
      </>
    );
  const options = form.versions.map((v) => ({
    value: String(v.version),
    label: t('versions.versionOption', { version: v.version }),
  }));
  const older = form.versions.find((v) => v.version === from);
  const newer = form.versions.find((v) => v.version === to);
  const changes = older && newer && older !== newer ? diffForms(older, newer) : [];
  return (
    <>
      <p class="lead">{title}</p>
      <div class="version-picker">
        <SelectField
          id="versions-from"
          label={t('versions.from')}
          options={options}
          value={String(from)}
          onValue={(v) => onFrom(Number(v))}
        />
        <SelectField
          id="versions-to"
          label={t('versions.to')}
          options={options}
          value={String(to)}
          onValue={(v) => onTo(Number(v))}
        />
      </div>
      <div aria-live="polite">
        {!older || !newer || older === newer ? (
          <p>{t('versions.sameVersion')}</p>
        ) : changes.length === 0 ? (
          <p>{t('versions.noChanges')}</p>
        ) : (
          <>
            <p>{t('versions.count', { count: changes.length, from, to })}</p>
            {groups(changes, older, newer).map((group) => (
              <section key={group.key} class="version-changes">
                <h2>{group.heading}</h2>
                <ul>
                  {group.changes.map((change, i) => (
                    <li key={i}>{change.summary}</li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </div>
    </>
  );
}

interface Group {
  key: string;
  heading: string;
  changes: FormChange[];
}

/** The details first, then each question in the newer version's order (removed ones after), then translations. */
function groups(changes: FormChange[], older: FormDefinition, newer: FormDefinition): Group[] {
  const byKey = new Map<string, Group>();
  const add = (key: string, heading: () => string, change: FormChange) => {
    const group = byKey.get(key) ?? { key, heading: heading(), changes: [] };
    group.changes.push(change);
    byKey.set(key, group);
  };
  for (const change of changes) {
    if (change.kind === 'details') add('details', () => t('versions.details'), change);
    else if ('questionId' in change)
      add(`q:${change.questionId}`, () => questionHeading(change.questionId, newer, older), change);
    else add('translations', () => t('versions.translations'), change);
  }
  const order = [
    'details',
    ...newer.questions.map((q) => `q:${q.id}`),
    ...older.questions.map((q) => `q:${q.id}`),
    'translations',
  ];
  return [...byKey.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

function questionHeading(id: string, newer: FormDefinition, older: FormDefinition): string {
  const form = newer.questions.some((q) => q.id === id) ? newer : older;
  const question = form.questions.find((q) => q.id === id);
  const label = question ? localise(question.label, form.defaultLanguage, form.defaultLanguage).text : id;
  return t('versions.question', { label, id });
}
