import { useId, useRef, useState } from 'preact/hooks';
import { describeSize, IMAGE_MAX_BYTES, IMAGE_TYPES, sniffImageType } from '../../../core/image-type.ts';
import type { LocalisedText } from '../../../core/text.ts';
import { t } from '../../../i18n/i18n.ts';
import { officerCall, problemText } from '../officer-session.ts';

export interface FormImage {
  src: string;
  alt: LocalisedText;
}

type Upload =
  | { kind: 'idle' }
  | { kind: 'uploading' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/**
 * An information screen's picture in the builder: choose a PNG, JPEG or WebP file (checked by its bytes and
 * size here, and again by the endpoint), which is uploaded at once; then a preview, the required description
 * for someone who cannot see it (in the form's default language; translations add theirs), and "Remove
 * picture". The value is what the question's `image` holds.
 */
export function ImageField(props: {
  value?: FormImage;
  defaultLanguage: string;
  onChange(value: FormImage | undefined): void;
}) {
  const { value, defaultLanguage, onChange } = props;
  const id = `image-${useId()}`;
  const fileInput = useRef<HTMLInputElement>(null);
  const altInput = useRef<HTMLTextAreaElement>(null);
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  const limit = describeSize(IMAGE_MAX_BYTES);
  const error = upload.kind === 'failed' ? upload.message : undefined;

  async function choose(file: File | undefined) {
    if (!file) return;
    const fail = (message: string) => {
      setUpload({ kind: 'failed', message });
      if (fileInput.current) fileInput.current.value = '';
    };
    if (!sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer())))
      return fail(t('formImage.wrongType', { name: file.name }));
    if (file.size > IMAGE_MAX_BYTES)
      return fail(t('formImage.tooLarge', { name: file.name, size: describeSize(file.size), limit }));
    setUpload({ kind: 'uploading' });
    try {
      const reply = await officerCall<{ src: string; bytes: number }>('/api/forms/images', {
        method: 'POST',
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
        body: file,
      });
      // A new picture needs its own description: the old one's (in every language) would describe the wrong thing.
      const same = value?.src === reply.src;
      onChange({ src: reply.src, alt: same ? value.alt : {} });
      setUpload({ kind: 'done', message: t('formImage.uploaded', { size: describeSize(reply.bytes) }) });
      // The description is required: take the officer straight to it.
      if (!same || !value?.alt[defaultLanguage]) requestAnimationFrame(() => altInput.current?.focus());
    } catch (refusal) {
      fail(problemText(refusal));
    }
  }

  function describe(text: string) {
    if (!value) return;
    const alt = { ...value.alt };
    if (text.trim() === '') delete alt[defaultLanguage];
    else alt[defaultLanguage] = text;
    onChange({ ...value, alt });
  }

  function remove() {
    onChange(undefined);
    setUpload({ kind: 'done', message: t('formImage.removed') });
    fileInput.current?.focus();
  }

  return (
    <div class={`form-group image-field${error ? ' form-group--error' : ''}`}>
      <label class="field-label" for={`${id}-file`}>
        {t('formImage.fileLabel')}
      </label>
      <div id={`${id}-file-hint`} class="hint">
        {t('formImage.fileHint', { limit })}
      </div>
      {error && (
        <p id={`${id}-file-error`} class="field-error" role="alert">
          <span class="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <input
        ref={fileInput}
        id={`${id}-file`}
        type="file"
        class="file-input"
        accept={IMAGE_TYPES.join(',')}
        aria-describedby={`${id}-file-hint${error ? ` ${id}-file-error` : ''}`}
        aria-invalid={error ? true : undefined}
        disabled={upload.kind === 'uploading'}
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      <p role="status" class="image-field__status">
        {upload.kind === 'uploading' && <progress aria-label={t('formImage.uploading')} />}
        {upload.kind === 'uploading' ? t('formImage.uploading') : upload.kind === 'done' ? upload.message : ''}
      </p>
      {value && (
        <>
          <figure class="image-field__preview">
            <img src={value.src} alt={value.alt[defaultLanguage] ?? ''} />
            <figcaption class="hint">{t('formImage.preview')}</figcaption>
          </figure>
          <label class="field-label" for={`${id}-alt`}>
            {t('formImage.altLabel')}
          </label>
          <div id={`${id}-alt-hint`} class="hint">
            {t('formImage.altHint')}
          </div>
          <textarea
            ref={altInput}
            id={`${id}-alt`}
            class="input textarea"
            rows={3}
            required
            aria-describedby={`${id}-alt-hint`}
            value={value.alt[defaultLanguage] ?? ''}
            onInput={(event) => describe(event.currentTarget.value)}
          />
          <p>
            <button type="button" class="button button--secondary" onClick={remove}>
              {t('formImage.remove')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
