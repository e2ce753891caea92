import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { FormDefinition } from '../../../core/form.ts';
import { t } from '../../../i18n/i18n.ts';
import { TextField } from '../fields.tsx';
import { jsonBody } from '../officer-api.ts';
import { nextScreenNotice, officerCall, problemText } from '../officer-session.ts';
import { CHOICE_CODE } from './codes.ts';
import { closeDraft, deleteOpenDraft, saveNow } from './draft-session.ts';

/**
 * Changing a never-published consultation's code: the draft is stored under its code, so it is saved under
 * the new one and the old one removed. Once a version is published, the code is fixed (shown, not offered).
 */
export function ChangeCode({ form }: { form: FormDefinition }) {
  const { route } = useLocation();
  const [code, setCode] = useState(form.id);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function change() {
    const wanted = code.trim();
    if (wanted === form.id) return;
    if (!CHOICE_CODE.test(wanted)) return setProblem(t('builder.new.codeInvalid'));
    setBusy(true);
    setProblem('');
    try {
      if (!(await saveNow())) throw new Error(t('builder.publish.notSaved'));
      await officerCall('/api/forms/drafts', jsonBody('POST', { form: { ...form, id: wanted } }));
      await deleteOpenDraft(form.id);
      closeDraft();
      route(`/officer/forms/drafts/${encodeURIComponent(wanted)}`);
    } catch (error) {
      setProblem(error instanceof Error && !('code' in error) ? error.message : problemText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="builder-change-code">
      <TextField
        id="d-id"
        label={t('builder.details.code')}
        hint={t('builder.details.codeChosen')}
        error={problem || undefined}
        spellcheck={false}
        value={code}
        onValue={setCode}
      />
      <button type="button" class="button button--secondary" disabled={busy} onClick={() => void change()}>
        {t('builder.details.changeCode')}
      </button>
    </div>
  );
}

/** Throwing a draft away, after a question; the published versions stay as they are. */
export function DeleteDraft({ form }: { form: FormDefinition }) {
  const { route } = useLocation();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (asking) heading.current?.focus();
  }, [asking]);

  async function remove() {
    try {
      await deleteOpenDraft(form.id);
      closeDraft();
      nextScreenNotice.value = t('builder.deleteDraft.done', { code: form.id });
      route('/officer/forms');
    } catch (error) {
      setProblem(problemText(error));
    }
  }

  if (!asking)
    return (
      <p>
        <button type="button" id="delete-draft" class="button button--warning" onClick={() => setAsking(true)}>
          {t('builder.deleteDraft.button')}
        </button>
      </p>
    );
  return (
    <section class="confirmation" aria-labelledby="delete-draft-title">
      <h3 id="delete-draft-title" ref={heading} tabIndex={-1}>
        {t('builder.deleteDraft.title')}
      </h3>
      <p>{t('builder.deleteDraft.body')}</p>
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="button button--warning" onClick={() => void remove()}>
          {t('builder.deleteDraft.yes')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => document.getElementById('delete-draft')?.focus());
          }}
        >
          {t('builder.deleteDraft.no')}
        </button>
      </div>
    </section>
  );
}
