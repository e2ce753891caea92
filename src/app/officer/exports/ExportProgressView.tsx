import { t } from '../../../i18n/i18n.ts';
import { formatBytes } from '../format.ts';
import type { ExportProgress } from './download-export.ts';

/**
 * A download under way: a bar that fills as responses arrive when they can be counted (CSV, JSON) and the
 * endpoint said how many match; otherwise a moving bar and the bytes received. Cancel stops it.
 */
export function ExportProgressView({ progress, onCancel }: { progress: ExportProgress; onCancel: () => void }) {
  const { total, rows, bytes } = progress;
  const determinate = rows !== null && total !== null && total > 0;
  const text = determinate
    ? t('officer.exports.progressRows', { rows: Math.min(rows, total), total })
    : total !== null
      ? t('officer.exports.progressBytesOf', { bytes: formatBytes(bytes), count: total })
      : t('officer.exports.progressBytes', { bytes: formatBytes(bytes) });
  return (
    <div class="export-progress">
      <label for="export-progress">{text}</label>
      {determinate ? (
        <progress id="export-progress" max={total} value={Math.min(rows, total)} />
      ) : (
        <progress id="export-progress" />
      )}
      <button type="button" class="button button--secondary" onClick={onCancel}>
        {t('officer.exports.cancel')}
      </button>
    </div>
  );
}

/**
 * What a screen reader hears while it runs: the start, each quarter, the end; not every chunk, which would
 * talk over everything else.
 */
export function progressAnnouncement(progress: ExportProgress): string {
  const { total, rows } = progress;
  if (rows === null || total === null || total === 0) return t('officer.exports.started');
  const quarter = Math.floor((Math.min(rows, total) / total) * 4);
  if (quarter === 0 || quarter === 4) return t('officer.exports.started');
  return t('officer.exports.percent', { percent: quarter * 25 });
}
