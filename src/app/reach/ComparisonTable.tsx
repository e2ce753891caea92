import type { EqualityMeasureReport } from '../../core/equality/equality-report.ts';
import { t } from '../../i18n/i18n.ts';
import { equalityFormat, localName } from './equality-format.ts';

/**
 * The chart's figures as a table, for everyone: each group's responses, its share of those who chose a
 * group, its share of the area and the difference in percentage points. An under-represented group says
 * so in words in its row header.
 */
export function ComparisonTable({ measure, withBaseline }: { measure: EqualityMeasureReport; withBaseline: boolean }) {
  const format = equalityFormat();
  const name = localName(measure.label);
  const caption = withBaseline
    ? t('reach.equality.caption', { measure: name })
    : t('reach.equality.captionNoBaseline', { measure: name });
  return (
    // A wide table scrolls inside its own box on a narrow screen, so the page itself never scrolls sideways.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
    <section class="equality-table" aria-label={caption} tabIndex={0}>
      <table class="table">
        <caption class="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reach.equality.groupHeader')}</th>
            <th scope="col" class="table__number">
              {t('reach.equality.countHeader')}
            </th>
            <th scope="col" class="table__number">
              {t('reach.equality.shareHeader')}
            </th>
            {withBaseline && (
              <>
                <th scope="col" class="table__number">
                  {t('reach.equality.populationHeader')}
                </th>
                <th scope="col" class="table__number">
                  {t('reach.equality.differenceHeader')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {measure.categories.map((row) => (
            <tr key={row.category}>
              <th scope="row">
                {localName(row.label)}
                {row.underRepresented && ' '}
                {row.underRepresented && (
                  <strong class="equality-table__flag">{t('reach.equality.underRepresented')}</strong>
                )}
              </th>
              <td class="table__number">{format.count(row)}</td>
              <td class="table__number">{format.responseShare(row)}</td>
              {withBaseline && (
                <>
                  <td class="table__number">
                    {row.populationShare === null
                      ? t('reach.equality.notInBaseline')
                      : format.share(row.populationShare)}
                  </td>
                  <td class="table__number">
                    {row.differencePoints === null ? '–' : format.points(row.differencePoints)}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
