// The running sync's progress bar: contacts received, with ARIA values. The bar fills only when the server
// said how many the round holds; an estimate from the last sync shows in the words, never as a percentage.
import { progressText } from './progress-text.js';
import { strings } from '../../strings/strings.js';
import type { ProgressBarModel } from './sync-status-model.js';

const s = strings.sync;

export interface SyncProgressProps {
  readonly model: ProgressBarModel;
  /** The mirror's contacts after its last completed sync, for "N of about M". */
  readonly previousCount?: number;
}

export function SyncProgress({ model, previousCount }: SyncProgressProps) {
  const text = progressText(model, previousCount);
  const known = model.max !== undefined && model.max > 0;
  const percent = known ? Math.min(100, Math.round((model.now / model.max!) * 100)) : undefined;
  return (
    <div class="sync-progress">
      <div
        class={known ? 'sync-progress__track' : 'sync-progress__track sync-progress__track--indeterminate'}
        role="progressbar"
        aria-label={s.progressLabel}
        aria-valuemin={0}
        aria-valuenow={model.now}
        {...(known ? { 'aria-valuemax': model.max } : {})}
        aria-valuetext={text}
      >
        <div class="sync-progress__bar" style={percent !== undefined ? { width: `${percent}%` } : undefined} />
      </div>
      <p class="sync-progress__text" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
