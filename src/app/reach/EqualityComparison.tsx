import type { EqualityMeasureReport, EqualitySection } from '../../core/equality/equality-report.ts';
import { t } from '../../i18n/i18n.ts';
import { ComparisonChart } from './ComparisonChart.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { equalityFormat, localName, mostUnderRepresented } from './equality-format.ts';

/**
 * The reach report's equality section: for each equality question the form asks, who answered in each
 * Census group beside the area's population (when a baseline was chosen), as a chart and a table with the
 * same figures, and the most under-represented groups said in words.
 */
export function EqualityComparison({ section }: { section: EqualitySection }) {
  const withBaseline = section.baseline !== null;
  return (
    <section aria-labelledby="equality-title">
      <h2 id="equality-title">{t(withBaseline ? 'reach.equality.title' : 'reach.equality.titleNoBaseline')}</h2>
      {section.baseline ? (
        <p class="equality__baseline">{t('reach.equality.comparedWith', { name: section.baseline.name })}</p>
      ) : (
        <p>{t('reach.equality.chooseBaseline')}</p>
      )}
      {section.measures.length === 0 ? (
        <p>{t('reach.equality.noQuestions')}</p>
      ) : (
        <p class="hint">{t('reach.equality.explain')}</p>
      )}
      {section.measures.map((measure) => (
        <MeasureComparison key={measure.measure} measure={measure} withBaseline={withBaseline} />
      ))}
    </section>
  );
}

function MeasureComparison({ measure, withBaseline }: { measure: EqualityMeasureReport; withBaseline: boolean }) {
  const format = equalityFormat();
  const hidden = measure.answered.count === null;
  const under = mostUnderRepresented(measure.categories);
  return (
    <div class="equality__measure">
      <h3>{localName(measure.label)}</h3>
      <p>
        {hidden
          ? t('reach.equality.allHidden')
          : t('reach.equality.answered', {
              answered: format.count(measure.answered),
              notGiven: format.count(measure.notGiven),
            })}
      </p>
      {withBaseline && !hidden && measure.answered.count !== 0 && (
        <p class="equality__summary">
          {under.length === 0
            ? t('reach.equality.noneUnder')
            : t('reach.equality.mostUnder', {
                groups: under
                  .map((row) =>
                    t(row.share === null ? 'reach.equality.underGroupAtMost' : 'reach.equality.underGroup', {
                      group: localName(row.label),
                      share: format.share(row.share ?? row.shareAtMost ?? 0),
                      population: format.share(row.populationShare ?? 0),
                    }),
                  )
                  .join('; '),
              })}
        </p>
      )}
      <ComparisonChart measure={measure} withBaseline={withBaseline} />
      <ComparisonTable measure={measure} withBaseline={withBaseline} />
    </div>
  );
}
