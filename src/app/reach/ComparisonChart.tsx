import type { EqualityMeasureReport } from '../../core/equality/equality-report.ts';
import { t } from '../../i18n/i18n.ts';
import { equalityFormat, localName } from './equality-format.ts';

const WIDTH = 480;
const LABEL_X = 84;
const BAR_WIDTH = 280;
const LEGEND = 56;
const BAR = 14;

/**
 * Each group's share of responses beside its share of the area's population, as plain SVG bars: filled for
 * responses, outlined for the area, and each bar also named in words and given its value, so nothing rests
 * on colour or shape alone. It is one image to a screen reader (role="img" with a label that points to the
 * table below, which has the same figures). A hidden count gets no bar, only its words: a bar's length
 * would give the number back.
 */
export function ComparisonChart({ measure, withBaseline }: { measure: EqualityMeasureReport; withBaseline: boolean }) {
  const format = equalityFormat();
  const rowHeight = withBaseline ? 66 : 46;
  const values = measure.categories.flatMap((row) => [row.share ?? 0, withBaseline ? (row.populationShare ?? 0) : 0]);
  const scale = Math.max(0.1, Math.ceil(Math.max(...values) * 10) / 10);
  const length = (share: number) => Math.max(share > 0 ? 2 : 0, (share / scale) * BAR_WIDTH);
  const height = LEGEND + measure.categories.length * rowHeight;
  return (
    <svg
      class="reach__chart equality-chart"
      role="img"
      aria-label={t('reach.equality.chartLabel', { measure: localName(measure.label) })}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
    >
      <rect x={0} y={8} width={24} height={BAR} class="equality-chart__responses" />
      <text x={32} y={20} class="equality-chart__text">
        {t('reach.equality.legendResponses')}
      </text>
      {withBaseline && (
        <>
          <rect x={1} y={33} width={22} height={BAR - 2} class="equality-chart__population" />
          <text x={32} y={44} class="equality-chart__text">
            {t('reach.equality.legendPopulation')}
          </text>
        </>
      )}
      {measure.categories.map((row, i) => {
        const y = LEGEND + i * rowHeight;
        const responses = row.share === null ? 0 : length(row.share);
        const population = row.populationShare === null ? 0 : length(row.populationShare);
        return (
          <g key={row.category}>
            <text x={0} y={y + 14} class={`equality-chart__text${row.underRepresented ? ' equality-chart__flag' : ''}`}>
              {shorten(localName(row.label), row.underRepresented ? 40 : 60)}
              {row.underRepresented && ` – ${t('reach.equality.underRepresented')}`}
            </text>
            <text x={0} y={y + 34} class="equality-chart__small">
              {t('reach.equality.barResponses')}
            </text>
            {responses > 0 && (
              <rect x={LABEL_X} y={y + 22} width={responses} height={BAR} class="equality-chart__responses" />
            )}
            <text x={LABEL_X + responses + 6} y={y + 34} class="equality-chart__text">
              {format.responseShare(row)}
            </text>
            {withBaseline && (
              <>
                <text x={0} y={y + 54} class="equality-chart__small">
                  {t('reach.equality.barPopulation')}
                </text>
                {population > 0 && (
                  <rect
                    x={LABEL_X + 1}
                    y={y + 43}
                    width={Math.max(1, population - 2)}
                    height={BAR - 2}
                    class="equality-chart__population"
                  />
                )}
                <text x={LABEL_X + population + 6} y={y + 54} class="equality-chart__text">
                  {row.populationShare === null ? t('reach.equality.notInBaseline') : format.share(row.populationShare)}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function shorten(text: string, most: number): string {
  return text.length > most ? `${text.slice(0, most - 1)}…` : text;
}
