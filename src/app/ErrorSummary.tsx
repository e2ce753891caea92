import type { RefObject } from 'preact';
import { t } from '../i18n/i18n.ts';
import { fieldId } from './questions/QuestionFrame.tsx';

/** The GOV.UK error summary: focused when shown, one link per problem to the field to fix. */
export function ErrorSummary({
  problems,
  focusRef,
}: {
  problems: Map<string, string>;
  focusRef: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div class="error-summary" ref={focusRef} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 id="error-summary-title" class="error-summary__title">
        {t('form.errorSummary')}
      </h2>
      <ul class="error-summary__list">
        {[...problems].map(([questionId, message]) => (
          <li key={questionId}>
            <a
              href={`#${fieldId(questionId)}`}
              onClick={(event) => {
                // Move focus to the field itself, not just scroll: the router must not treat this as navigation.
                event.preventDefault();
                const field = document.getElementById(fieldId(questionId));
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
