import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { Question } from '../../../core/form.ts';
import { pruneHidden, visibleQuestions } from '../../../core/logic.ts';
import { normaliseReferenceCode } from '../../../core/reference-code.ts';
import type { Answer, Answers } from '../../../core/response.ts';
import { isAnswered } from '../../../core/response.ts';
import { t } from '../../../i18n/i18n.ts';
import { problemFor } from '../../form/answer-problems.ts';
import { textPicker } from '../../form/form-text.ts';
import { QuestionField } from '../../questions/QuestionField.tsx';
import { fieldId } from '../../questions/QuestionFrame.tsx';
import { TextField } from '../fields.tsx';
import { nextScreenNotice, problemText } from '../officer-session.ts';
import { PageHeading } from '../PageHeading.tsx';
import { PAGE, useProblems } from '../use-problems.tsx';
import { entryWords } from './disagreement-words.ts';
import { type BatchDetail, loadBatch, type SheetReply, saveSheet } from './paper-api.ts';
import { RankingKeyField } from './RankingKeyField.tsx';
import { questionNumbers } from './routing-words.ts';

const REFERENCE_FIELD = 'sheet-reference';

/**
 * Keying returned paper sheets, keyboard first: the reference as printed, then every question shown for the
 * answers so far, in order, numbered as on paper; Enter or "Save and next sheet" saves and starts the next
 * sheet at its reference. Checked as a tablet checks (problemFor, show-if honoured), except that a required
 * question left blank is stored as given with a warning (the response marked partial). With a reference in
 * the address it resolves a double-entry disagreement instead: it starts from the first keying, shows each
 * question the keyings disagree on with both answers to choose from, and stores the reviewer's answers.
 */
export function KeySheetPage() {
  const { params } = useRoute();
  const { route } = useLocation();
  const batchId = params.id ?? '';
  const resolving = params.reference;
  const [detail, setDetail] = useState<BatchDetail | null>(null);
  const [reference, setReference] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const [sheet, setSheet] = useState(0);
  const [saved, setSaved] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // Bumped when a reviewer picks one keying's answer, so the field starts again from it.
  const [picked, setPicked] = useState<Record<string, number>>({});
  const title = resolving ? t('paperReturns.resolve.title', { reference: resolving }) : t('paperReturns.key.title');
  const { problems, setProblems, summary, fieldError } = useProblems(title);

  useEffect(() => {
    loadBatch(batchId).then(
      (loaded) => {
        setDetail(loaded);
        if (resolving) {
          const flagged = loaded.sheets.find((s) => s.reference === resolving && s.state === 'disagreement');
          if (flagged) setAnswers(flagged.firstAnswers ?? {});
          else setProblems(new Map([[PAGE, t('paperReturns.resolve.nothing', { reference: resolving })]]));
        }
      },
      (error) => setProblems(new Map([[PAGE, problemText(error)]])),
    );
  }, [batchId, resolving]);

  // After a save the next sheet starts at its reference, so the keyer never reaches for the mouse.
  useEffect(() => {
    if (sheet > 0) document.getElementById(REFERENCE_FIELD)?.focus();
  }, [sheet]);

  if (!detail) {
    return (
      <>
        {summary}
        <PageHeading>{title}</PageHeading>
      </>
    );
  }
  const { batch, form, counts, sheets } = detail;
  const pick = textPicker(form.defaultLanguage, { language: batch.language, easyRead: false });
  const numbers = questionNumbers(form);
  const flagged = resolving ? (sheets.find((s) => s.reference === resolving)?.disagreements ?? []) : [];
  const shown = visibleQuestions(form, answers).filter((q) => q.type !== 'info');
  const keyings = batch.doubleEntry ? 2 * sheets.length - counts.keyedOnce : counts.stored;
  const label = (q: Question) => t('paperReturns.key.question', { number: numbers.get(q.id) });

  const answer = (questionId: string, value: Answer | undefined) =>
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[questionId];
      else next[questionId] = value;
      return next;
    });

  async function save(event: Event) {
    event.preventDefault();
    const given = pruneHidden(form, answers);
    const found = new Map<string, string>();
    if (!resolving && reference.trim() && !normaliseReferenceCode(reference)) {
      found.set(REFERENCE_FIELD, t('paperReturns.key.referenceProblem'));
    }
    for (const question of shown) {
      const value = given[question.id];
      if (!isAnswered(value)) continue;
      const problem =
        question.type === 'ranking' && typeof value === 'string'
          ? t('paperReturns.key.rankProblem', { max: question.options.length })
          : problemFor(question, value, pick);
      if (problem) found.set(fieldId(question.id), `${label(question)}: ${problem}`);
    }
    setProblems(found);
    if (found.size) return;
    setBusy(true);
    try {
      const result = await saveSheet(batch.id, resolving ?? reference.trim(), given, Boolean(resolving));
      if (!result.ok) {
        setProblems(
          new Map(
            [...result.problems].map(([id, message]) => {
              const question = form.questions.find((q) => q.id === id);
              return id === 'reference'
                ? [REFERENCE_FIELD, message]
                : [fieldId(id), question ? `${label(question)}: ${message}` : message];
            }),
          ),
        );
        return;
      }
      const words = savedWords(result.reply, (id) => numbers.get(id));
      if (resolving) {
        nextScreenNotice.value = words.join(' ');
        route(`/officer/paper/batches/${batch.id}`);
        return;
      }
      setSaved(words);
      setAnswers({});
      setReference('');
      setDetail(await loadBatch(batch.id));
      setSheet((n) => n + 1);
    } catch (error) {
      setProblems(new Map([[PAGE, problemText(error)]]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {summary}
      <a href={`/officer/paper/batches/${batch.id}`} class="back-link">
        {t('paperReturns.key.back', { event: batch.event })}
      </a>
      <PageHeading>{title}</PageHeading>
      <div role="status" class="paper-saved">
        {saved.length > 0 && (
          <div class="notice notice--success">
            {saved.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
      {!resolving && (
        <p class="paper-sheet-count">
          {batch.doubleEntry
            ? t('paperReturns.key.keyingCount', { number: keyings + 1 })
            : t('paperReturns.key.sheetCount', { number: keyings + 1 })}
        </p>
      )}
      {!resolving && batch.doubleEntry && <p class="hint">{t('paperReturns.key.doubleHint')}</p>}
      <form key={sheet} onSubmit={save} noValidate class="paper-sheet">
        {!resolving && (
          <TextField
            id={REFERENCE_FIELD}
            label={t('paperReturns.key.reference')}
            hint={t('paperReturns.key.referenceHint')}
            autoComplete="off"
            spellcheck={false}
            value={reference}
            onValue={setReference}
            error={fieldError(REFERENCE_FIELD)}
          />
        )}
        {shown.map((question) => {
          const disagreement = flagged.find((d) => d.questionId === question.id);
          const numbered = {
            ...question,
            label: Object.fromEntries(
              Object.entries(question.label).map(([tag, text]) => [tag, `${numbers.get(question.id)}. ${text}`]),
            ),
          } as Question;
          return (
            <div key={question.id} class={disagreement ? 'paper-disagreement' : undefined}>
              {disagreement && (
                <div class="paper-disagreement__choices">
                  <p>
                    <strong>{t('paperReturns.resolve.differ', { number: numbers.get(question.id) })}</strong>
                  </p>
                  <div class="button-group">
                    {(['first', 'second'] as const).map((which) => (
                      <button
                        key={which}
                        type="button"
                        class="button button--secondary"
                        onClick={() => {
                          answer(question.id, disagreement[which]);
                          setPicked((n) => ({ ...n, [question.id]: (n[question.id] ?? 0) + 1 }));
                        }}
                      >
                        {t(`paperReturns.resolve.use${which === 'first' ? 'First' : 'Second'}`, {
                          answer: entryWords(form, question.id, disagreement[which], pick),
                        })}
                      </button>
                    ))}
                  </div>
                </div>
              )}
              {numbered.type === 'ranking' ? (
                <RankingKeyField
                  key={picked[question.id] ?? 0}
                  question={numbered}
                  answer={answers[question.id]}
                  error={problems.get(fieldId(question.id))}
                  pick={pick}
                  asHeading={false}
                  onAnswer={(value) => answer(question.id, value)}
                />
              ) : (
                <QuestionField
                  key={picked[question.id] ?? 0}
                  question={numbered}
                  answer={answers[question.id]}
                  error={problems.get(fieldId(question.id))}
                  pick={pick}
                  asHeading={false}
                  onAnswer={(value) => answer(question.id, value)}
                />
              )}
            </div>
          );
        })}
        <button type="submit" class="button" disabled={busy}>
          {resolving ? t('paperReturns.resolve.submit') : t('paperReturns.key.submit')}
        </button>
      </form>
    </>
  );
}

/** What the officer is told after a save, with any required questions the sheet left blank. */
function savedWords(reply: SheetReply, numberOf: (id: string) => number | undefined): string[] {
  const words = [t(`paperReturns.outcome.${reply.outcome}`, { reference: reply.reference })];
  if (reply.skippedRequired.length) {
    words.push(
      t('paperReturns.key.skipped', {
        questions: reply.skippedRequired.map((id) => numberOf(id) ?? id).join(', '),
      }),
    );
  }
  return words;
}
