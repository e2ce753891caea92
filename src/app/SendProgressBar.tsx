import { t } from '../i18n/i18n.ts';
import { sendProgress } from '../sw-bridge.ts';

/** During a send: a progress bar with counts, so staff can see a long send moving. */
export function SendProgressBar() {
  const progress = sendProgress.value;
  if (!progress || progress.total === 0) return null;
  const label = t('outbox.progress', { sent: progress.sent, total: progress.total });
  return (
    <div class="send-progress">
      <label for="send-progress">{label}</label>
      <progress id="send-progress" max={progress.total} value={progress.sent} />
    </div>
  );
}
