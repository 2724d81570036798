/** An accessible progress bar; indeterminate until the total is known. */

import type { PullProgress } from '../../device/sync/pull.ts';
import { t } from '../i18n/index.ts';

/** `role="progressbar"` with aria-valuenow/max, and the figures as text ("3,200 / 14,000"). */
export function ProgressBar({ progress }: { progress: PullProgress | null }) {
  const text = progress
    ? t('sync.progress', { done: progress.applied, total: progress.total })
    : t('sync.connecting');
  const percent = progress && progress.total > 0 ? (100 * progress.applied) / progress.total : 0;
  return (
    <div class="progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-label={t('sync.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={progress?.total}
        aria-valuenow={progress?.applied}
        aria-valuetext={text}
      >
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="progress-text">{text}</p>
    </div>
  );
}
