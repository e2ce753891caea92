import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { FormDefinition } from '../../../core/form.ts';
import { localise } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { formatTime } from '../format.ts';
import { NextScreenNotice } from '../NextScreenNotice.tsx';
import { OfficerApiError } from '../officer-api.ts';
import { officerCall, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { closeDraft, draftPath, type FormDraft } from './draft-session.ts';

interface Consultation {
  id: string;
  title: string;
  versions: FormDefinition[];
  draft: FormDraft | undefined;
}

type Listing =
  | { kind: 'loading' }
  | { kind: 'ready'; consultations: Consultation[] }
  | { kind: 'error'; message: string };

/**
 * Consultations: every published one with its versions, and every draft. Editing a published consultation
 * starts a draft of its next version; when a draft is already open, the officer is offered that draft.
 */
export function BuilderListPage() {
  useDocumentTitle(t('builder.list.title'));
  const { route } = useLocation();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [refusal, setRefusal] = useState<{ formId: string; message: string; draftOpen: boolean } | null>(null);
  const refusalRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void (async () => {
      try {
        const [{ forms }, { drafts }] = await Promise.all([
          officerCall<{ forms: FormDefinition[] }>('/api/forms'),
          officerCall<{ drafts: FormDraft[] }>('/api/forms/drafts'),
        ]);
        setListing({ kind: 'ready', consultations: consultations(forms, drafts) });
      } catch (error) {
        setListing({ kind: 'error', message: problemText(error) });
      }
    })();
  }, []);
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal]);

  async function edit(consultation: Consultation, version: number) {
    setRefusal(null);
    try {
      await officerCall(`${draftPath(consultation.id)}/from/${version}`, { method: 'POST' });
      closeDraft();
      route(`/officer/forms/drafts/${encodeURIComponent(consultation.id)}`);
    } catch (error) {
      const draftOpen = error instanceof OfficerApiError && error.code === 'draft-exists';
      const message = draftOpen ? t('builder.list.draftExists') : problemText(error);
      setRefusal({ formId: consultation.id, message, draftOpen });
    }
  }

  return (
    <>
      <NextScreenNotice />
      <PageHeading>{t('builder.list.title')}</PageHeading>
      <p>{t('builder.list.intro')}</p>
      <p>
        <a class="button" href="/officer/forms/new">
          {t('builder.list.new')}
        </a>
      </p>
      {listing.kind === 'loading' && <p role="status">{t('builder.loading')}</p>}
      {listing.kind === 'error' && (
        <p role="alert" class="field-error">
          {listing.message}
        </p>
      )}
      {listing.kind === 'ready' && listing.consultations.length === 0 && <p>{t('builder.list.none')}</p>}
      {listing.kind === 'ready' && (
        <ul class="card-list builder-list">
          {listing.consultations.map((c) => {
            const latest = c.versions[c.versions.length - 1];
            const open = `/officer/forms/drafts/${encodeURIComponent(c.id)}`;
            return (
              <li class="card" key={c.id}>
                <h2 class="card__title">{c.title}</h2>
                <p class="hint">{t('builder.list.code', { code: c.id })}</p>
                {c.versions.length > 0 && (
                  <p>
                    {t('builder.list.versions', {
                      count: c.versions.length,
                      versions: c.versions.map((v) => v.version).join(', '),
                    })}
                  </p>
                )}
                {c.draft && (
                  <p>
                    {c.draft.basedOnVersion === null
                      ? t('builder.list.newDraft', { when: formatTime(c.draft.updatedAt) })
                      : t('builder.list.nextDraft', {
                          version: c.draft.form.version,
                          when: formatTime(c.draft.updatedAt),
                        })}
                  </p>
                )}
                {refusal?.formId === c.id && (
                  <div class="notice" role="alert" ref={refusalRef} tabIndex={-1}>
                    <p>{refusal.message}</p>
                    {refusal.draftOpen && (
                      <p>
                        <a href={open}>{t('builder.list.openDraft', { title: c.title })}</a>
                      </p>
                    )}
                  </div>
                )}
                <div class="button-group">
                  {c.draft ? (
                    <a class="button" href={open}>
                      {t('builder.list.openDraft', { title: c.title })}
                    </a>
                  ) : (
                    latest && (
                      <button type="button" class="button" onClick={() => void edit(c, latest.version)}>
                        {t('builder.list.edit', { title: c.title, version: latest.version + 1 })}
                      </button>
                    )
                  )}
                  {c.versions.length > 1 && (
                    // The route is the version diff's (VersionChanges.tsx), wired in by whoever merges it.
                    <a class="button button--secondary" href={`/officer/forms/${encodeURIComponent(c.id)}/changes`}>
                      {t('builder.list.changes', { title: c.title })}
                    </a>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function consultations(forms: FormDefinition[], drafts: FormDraft[]): Consultation[] {
  const byId = new Map<string, Consultation>();
  const entry = (id: string) => {
    let found = byId.get(id);
    if (!found) {
      found = { id, title: id, versions: [], draft: undefined };
      byId.set(id, found);
    }
    return found;
  };
  for (const form of forms) entry(form.id).versions.push(form);
  for (const draft of drafts) entry(draft.formId).draft = draft;
  for (const c of byId.values()) {
    c.versions.sort((a, b) => a.version - b.version);
    const newest = c.draft?.form ?? c.versions[c.versions.length - 1];
    const title = newest?.title ? localise(newest.title, 'en', newest.defaultLanguage).text : '';
    c.title = title.trim() || c.id;
  }
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title));
}
