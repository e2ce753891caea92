import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';
import { useDocumentTitle } from '../use-document-title.ts';

/**
 * What is wrong with an officer form: messages keyed by the id of the field to fix, or by PAGE for a
 * problem no field can fix (too many attempts, no connection).
 */
export type Problems = Map<string, string>;
export const PAGE = '';

/**
 * The GOV.UK error pattern for an officer form: the summary ("There is a problem"), focused whenever the
 * problems change, with a link to each field; and "Error: " before the page title while there are any.
 */
export function useProblems(title: string) {
  const [problems, setProblems] = useState<Problems>(new Map());
  const summaryRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(problems.size ? t('form.errorTitle', { title }) : title);
  useEffect(() => {
    if (problems.size) summaryRef.current?.focus();
  }, [problems]);
  const summary = problems.size ? (
    <div class="error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 id="error-summary-title" class="error-summary__title">
        {t('form.errorSummary')}
      </h2>
      <ul class="error-summary__list">
        {[...problems].map(([fieldId, message]) => (
          <li key={fieldId}>{fieldId === PAGE ? message : <FieldLink fieldId={fieldId} message={message} />}</li>
        ))}
      </ul>
    </div>
  ) : null;
  return { problems, setProblems, summary, fieldError: (id: string) => problems.get(id) };
}

function FieldLink({ fieldId, message }: { fieldId: string; message: string }) {
  return (
    <a
      href={`#${fieldId}`}
      onClick={(event) => {
        // Focus the field itself, not just scroll to it; and the router must not treat this as navigation.
        event.preventDefault();
        const field = document.getElementById(fieldId);
        field?.focus();
        field?.scrollIntoView({ block: 'center' });
      }}
    >
      {message}
    </a>
  );
}
