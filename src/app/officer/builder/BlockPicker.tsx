import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../../core/form.ts';
import { FORM_BLOCKS } from '../../../core/form-blocks.ts';
import { t } from '../../../i18n/i18n.ts';
import { useModal } from '../../kiosk/use-modal.ts';
import { RadiosField } from '../fields.tsx';

/**
 * "Add a ready-made section": a button that opens a modal dialog listing the ready-made sections
 * (src/core/form-blocks.ts) as radios with their descriptions. "Add section" hands the chosen section's
 * questions, their ids clear of `existingIds`, to `onAdd`; Cancel or Escape closes it, and the focus goes
 * back to the button.
 */
export function BlockPicker(props: { existingIds: readonly string[]; onAdd(questions: Question[]): void }) {
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Back to the button once the dialog has gone (while it is open, the rest of the page is inert).
  useEffect(() => {
    if (!open && wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  function close(message = '') {
    setOpen(false);
    setAdded(message);
  }

  return (
    <div class="block-picker">
      <button
        ref={opener}
        type="button"
        class="button button--secondary"
        aria-haspopup="dialog"
        onClick={() => {
          setAdded('');
          setOpen(true);
        }}
      >
        {t('formBlocks.open')}
      </button>
      <p role="status" class="block-picker__status">
        {added}
      </p>
      {open && (
        <BlockDialog
          existingIds={props.existingIds}
          onCancel={() => close()}
          onAdd={(questions, title) => {
            props.onAdd(questions);
            close(t('formBlocks.added', { title, count: questions.length }));
          }}
        />
      )}
    </div>
  );
}

function BlockDialog({
  existingIds,
  onCancel,
  onAdd,
}: {
  existingIds: readonly string[];
  onCancel(): void;
  onAdd(questions: Question[], title: string): void;
}) {
  const dialog = useModal(onCancel);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState('');

  function add(event: Event) {
    event.preventDefault();
    const block = FORM_BLOCKS.find((b) => b.id === chosen);
    const questions = block?.questions(new Set(existingIds)) ?? [];
    const problem = !block
      ? t('formBlocks.nothingChosen')
      : questions.length === 0
        ? t('formBlocks.alreadyThere', { title: block.title })
        : '';
    setError(problem);
    if (problem) {
      document.getElementById('block-choice')?.focus();
      return;
    }
    onAdd(questions, block?.title ?? '');
  }

  return (
    <dialog ref={dialog} class="dialog block-dialog" aria-labelledby="block-dialog-title">
      <form onSubmit={add} noValidate>
        <h2 id="block-dialog-title" class="dialog__title">
          {t('formBlocks.title')}
        </h2>
        <p>{t('formBlocks.intro')}</p>
        <RadiosField
          id="block-choice"
          label={t('formBlocks.choose')}
          error={error || undefined}
          options={FORM_BLOCKS.map((block) => ({ value: block.id, label: block.title, hint: block.description }))}
          value={chosen}
          onValue={(value) => {
            setChosen(value);
            setError('');
          }}
        />
        <div class="button-group">
          <button type="submit" class="button">
            {t('formBlocks.add')}
          </button>
          <button type="button" class="button button--secondary" onClick={onCancel}>
            {t('formBlocks.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
