import { Fragment } from 'preact';
import { useEffect } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { localise } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { useDocumentTitle } from '../../use-document-title.ts';
import { PageHeading } from '../PageHeading.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { draftGeneration, loadDraft, openDraft } from './draft-session.ts';
import { PreviewSection } from './PreviewSection.tsx';
import { PublishSection } from './PublishSection.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { TranslationsSection } from './TranslationsSection.tsx';

export const SECTIONS = ['details', 'questions', 'translations', 'preview', 'publish'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * One draft, in five parts an officer moves between with the links at the top: details, questions,
 * translations, preview, and check and publish. Every change is saved on the endpoint as it is made.
 */
export function DraftPage() {
  const { params } = useRoute();
  const formId = params.id ?? '';
  const section: Section = SECTIONS.find((s) => s === params.section) ?? 'details';
  useEffect(() => void loadDraft(formId), [formId]);
  const state = openDraft.value;
  const form = state.kind === 'open' && state.draft.formId === formId ? state.draft.form : null;
  const name = form ? localise(form.title, form.defaultLanguage, form.defaultLanguage).text.trim() || formId : formId;
  const heading = `${t(`builder.sections.${section}`)}: ${name}`;
  useDocumentTitle(heading);
  const base = `/officer/forms/drafts/${encodeURIComponent(formId)}`;

  return (
    <>
      <a class="back-link" href="/officer/forms">
        {t('builder.backToList')}
      </a>
      <PageHeading key={section}>{heading}</PageHeading>
      {state.kind === 'loading' && <p role="status">{t('builder.loading')}</p>}
      {state.kind === 'missing' && (
        <p role="alert" class="field-error">
          {state.message}
        </p>
      )}
      {form && state.kind === 'open' && (
        <>
          <p class="hint">{t('builder.draftOf', { version: form.version, code: form.id })}</p>
          <nav aria-label={t('builder.sections.label')} class="builder-nav">
            <ul>
              {SECTIONS.map((s) => (
                <li key={s}>
                  <a href={s === 'details' ? base : `${base}/${s}`} aria-current={s === section ? 'page' : undefined}>
                    {t(`builder.sections.${s}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <SaveStatus />
          <Fragment key={draftGeneration.value}>
            {section === 'details' && <DetailsSection form={form} published={state.published.length > 0} />}
            {section === 'questions' && <QuestionsSection form={form} published={state.published} />}
            {section === 'translations' && <TranslationsSection form={form} />}
            {section === 'preview' && <PreviewSection form={form} />}
            {section === 'publish' && <PublishSection form={form} />}
          </Fragment>
        </>
      )}
    </>
  );
}
