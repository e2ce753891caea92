import type { TFunction } from 'i18next';
import type { Question } from '../../../core/form.ts';
import type { TextPicker } from '../../form/form-text.ts';
import { paragraphs } from '../../questions/ConsentQuestion.tsx';

/** A box to tick or write one character in; drawn by CSS, hidden from screen readers (the words say what to do). */
function Box() {
  return <span class="paper-box" aria-hidden="true" />;
}

function Boxes({ count, label }: { count: number; label?: string }) {
  return (
    <span class="paper-digits">
      {label && <span class="paper-digits__label">{label}</span>}
      <span class="paper-digits__boxes">
        {Array.from({ length: count }, (_, i) => (
          <Box key={i} />
        ))}
      </span>
    </span>
  );
}

function Lines({ count }: { count: number }) {
  return (
    <div class="paper-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} class="paper-lines__line" />
      ))}
    </div>
  );
}

function Ticks({ items }: { items: { key: string; label: string; lang?: string }[] }) {
  return (
    <ul class="paper-ticks">
      {items.map((item) => (
        <li key={item.key} class="paper-ticks__item">
          <Box />
          <span lang={item.lang}>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** Lines for a text answer: about 60 characters a line, at least one, at most 12. */
export function linesFor(maxLength: number): number {
  return Math.min(12, Math.max(1, Math.ceil(maxLength / 60)));
}

/** Digit boxes for a number: as many as its largest allowed value needs, else 4. */
function digitsFor(question: Extract<Question, { type: 'number' }>): number {
  const widest = [question.min, question.max]
    .filter((n): n is number => n !== undefined)
    .map((n) => String(Math.trunc(Math.abs(n))).length);
  return Math.max(widest.length ? Math.max(...widest) : 4, 1) + (question.wholeNumber === false ? 2 : 0);
}

/**
 * How a question is answered on paper: what to do in words (in the questionnaire's language), then the
 * tick boxes, writing lines or boxes for it.
 */
export function PaperAnswer({ question, t, pick }: { question: Question; t: TFunction; pick: TextPicker }) {
  const options = 'options' in question ? question.options : [];
  const choiceItems = options.map((o) => {
    const label = pick(o.label);
    return { key: o.value, label: label.text, lang: label.lang };
  });
  const instruction = (text: string) => <p class="paper-instruction">{text}</p>;
  switch (question.type) {
    case 'info':
      return <div class="paper-info">{paragraphs(pick(question.body).text)}</div>;
    case 'single': {
      const other = question.other ? pick(question.other.label) : undefined;
      return (
        <>
          {instruction(t('paper.tickOne'))}
          <Ticks items={choiceItems} />
          {other && (
            <div class="paper-other">
              <Box /> <span lang={other.lang}>{other.text}</span>
              <Lines count={1} />
            </div>
          )}
        </>
      );
    }
    case 'multiple': {
      const words = [
        question.maxChoices !== undefined ? t('paper.tickUpTo', { max: question.maxChoices }) : t('paper.tickAll'),
        question.minChoices !== undefined && question.minChoices > 1
          ? t('paper.tickAtLeast', { min: question.minChoices })
          : '',
      ].filter(Boolean);
      return (
        <>
          {instruction(words.join('. '))}
          <Ticks items={choiceItems} />
        </>
      );
    }
    case 'yesno':
      return (
        <>
          {instruction(t('paper.tickOne'))}
          <Ticks
            items={[
              { key: 'yes', label: t('form.yes') },
              { key: 'no', label: t('form.no') },
            ]}
          />
        </>
      );
    case 'text':
    case 'longtext':
      return (
        <>
          {instruction(t('paper.writeLines'))}
          <Lines count={linesFor(question.maxLength)} />
        </>
      );
    case 'number': {
      const range =
        question.min !== undefined && question.max !== undefined
          ? ` (${t('paper.numberRange', { min: question.min, max: question.max })})`
          : '';
      const suffix = question.suffix ? pick(question.suffix) : undefined;
      return (
        <>
          {instruction(`${t('paper.writeNumber')}${range}`)}
          <p class="paper-number">
            <Boxes count={digitsFor(question)} />
            {suffix && <span lang={suffix.lang}> {suffix.text}</span>}
          </p>
        </>
      );
    }
    case 'date':
      return (
        <>
          {instruction(t('paper.writeDate'))}
          <p class="paper-date">
            <Boxes count={2} label={t('paper.dayBoxes')} />
            <Boxes count={2} label={t('paper.monthBoxes')} />
            <Boxes count={4} label={t('paper.yearBoxes')} />
          </p>
        </>
      );
    case 'scale': {
      const low = pick(question.lowLabel).text;
      const high = pick(question.highLabel).text;
      return (
        <>
          {instruction(t('paper.scale', { low, high }))}
          <Ticks items={[1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: String(n) }))} />
        </>
      );
    }
    case 'ranking':
    case 'points':
      return (
        <>
          {instruction(question.type === 'ranking' ? t('paper.rank') : t('paper.points', { total: question.total }))}
          <table class="paper-grid">
            <tbody>
              {choiceItems.map((item) => (
                <tr key={item.key}>
                  <td lang={item.lang}>{item.label}</td>
                  <td class="paper-grid__box">
                    <Boxes count={question.type === 'points' ? String(question.total).length : 1} />
                  </td>
                </tr>
              ))}
              {question.type === 'points' && (
                <tr>
                  <td>{t('paper.pointsTotal')}</td>
                  <td class="paper-grid__box">{question.total}</td>
                </tr>
              )}
            </tbody>
          </table>
        </>
      );
    case 'consent': {
      const statement = pick(question.statement);
      return (
        <>
          <div class="paper-statement" lang={statement.lang}>
            {paragraphs(statement.text)}
          </div>
          <Ticks items={[{ key: 'agree', label: t('paper.tickToAgree') }]} />
        </>
      );
    }
    case 'postcode-district':
      return (
        <>
          {instruction(t('paper.postcodeDistrict'))}
          <p>
            <Boxes count={4} />
          </p>
        </>
      );
  }
}
