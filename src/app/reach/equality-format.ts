import type { EqualityCategoryRow, EqualityCount } from '../../core/equality/equality-report.ts';
import { localise } from '../../core/text.ts';
import { currentLanguage, t, timeLocale } from '../../i18n/i18n.ts';

/** Numbers for the equality comparison, written the way the screen's language writes them. */
export function equalityFormat() {
  const locale = timeLocale();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const whole = new Intl.NumberFormat(locale);
  return {
    share: (share: number) => percent.format(share),
    points: (value: number) => t('reach.equality.points', { value: points.format(value) }),
    /** A count, or why it is not shown: never a hidden number. */
    count: (cell: EqualityCount) =>
      cell.count !== null
        ? whole.format(cell.count)
        : cell.secondary
          ? t('reach.hiddenSecondary')
          : t('reach.fewerThanFive'),
    /** A group's share of responses, or the most it can be when its count is hidden. */
    responseShare: (row: EqualityCategoryRow) => {
      if (row.share !== null) return percent.format(row.share);
      if (row.shareAtMost !== undefined) return t('reach.equality.atMost', { share: percent.format(row.shareAtMost) });
      return row.count === 0 ? t('reach.equality.noShare') : '–';
    },
  };
}

/** Text a report gives in several languages (a measure's or group's name), in the screen's. */
export function localName(text: Record<string, string>): string {
  return localise(text, currentLanguage(), 'en').text;
}

/** The flagged groups, most under-represented first (lowest share of responses for its share of the area). */
export function mostUnderRepresented(rows: EqualityCategoryRow[]): EqualityCategoryRow[] {
  const ratio = (row: EqualityCategoryRow) => (row.share ?? row.shareAtMost ?? 0) / (row.populationShare || 1);
  return rows.filter((row) => row.underRepresented).sort((a, b) => ratio(a) - ratio(b));
}
