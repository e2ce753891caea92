import type { ReachGroup } from '../core/reach-report.ts';
import { t } from '../i18n/i18n.ts';

interface ReachTableProps {
  caption: string;
  keyHeader: string;
  groups: ReachGroup[];
  /** The words for a group's key ("assisted" → "With a staff member"). */
  label: (key: string) => string;
}

/**
 * One dimension of a reach report: a table (the figures, for everyone) and beside it a bar chart. The chart
 * is aria-hidden: the table beside it carries exactly the same figures with proper headers, so a role="img"
 * summary would only make a screen reader say everything twice.
 */
export function ReachTable({ caption, keyHeader, groups, label }: ReachTableProps) {
  return (
    <div class="reach">
      <table class="table">
        <caption class="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeader}</th>
            <th scope="col" class="table__number">
              {t('reach.countHeader')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{label(group.key)}</th>
              <td class="table__number">{shown(group)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BarChart groups={groups} label={label} />
    </div>
  );
}

const ROW = 28;
const LABEL_WIDTH = 200;
const BAR_WIDTH = 240;

/**
 * Plain SVG bars, one per group, scaled to the largest shown count. A suppressed group gets no bar, only
 * its words: a bar's length would give its number back.
 */
function BarChart({ groups, label }: Pick<ReachTableProps, 'groups' | 'label'>) {
  const largest = Math.max(1, ...groups.map((g) => g.count ?? 0));
  const width = LABEL_WIDTH + BAR_WIDTH + 110;
  return (
    <svg
      class="reach__chart"
      aria-hidden="true"
      focusable="false"
      viewBox={`0 0 ${width} ${Math.max(1, groups.length) * ROW}`}
      width={width}
    >
      {groups.map((group, i) => {
        const y = i * ROW;
        const bar = group.count === null ? 0 : Math.max(2, (group.count / largest) * BAR_WIDTH);
        return (
          <g key={group.key}>
            <text x={LABEL_WIDTH - 8} y={y + 19} text-anchor="end" class="reach__label">
              {shorten(label(group.key))}
            </text>
            {bar > 0 && <rect x={LABEL_WIDTH} y={y + 5} width={bar} height={ROW - 10} class="reach__bar" />}
            <text x={LABEL_WIDTH + bar + 6} y={y + 19} class="reach__value">
              {shown(group)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The count, or why there is none: never a suppressed number. */
function shown(group: ReachGroup): string | number {
  if (group.count !== null) return group.count;
  return group.secondary ? t('reach.hiddenSecondary') : t('reach.fewerThanFive');
}

function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
}
