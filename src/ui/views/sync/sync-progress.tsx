// The running sync's progress bar: contacts received (of how many, when known) and pages, with ARIA values.
import { format } from '../../strings/strings.js';
import { syncStrings as s } from './sync-strings.js';
import type { ProgressBarModel } from './sync-status-model.js';

function progressText(model: ProgressBarModel): string {
  if (model.phase === 'folders' && model.now === 0) return s.progressFolders;
  if (model.phase === 'push') return format(s.progressPush, { contacts: model.now });
  const values = { contacts: model.now.toLocaleString('en-US'), pages: model.pages, total: (model.max ?? 0).toLocaleString('en-US') };
  return format(model.max !== undefined ? s.progressPullOf : s.progressPull, values);
}

export function SyncProgress({ model }: { readonly model: ProgressBarModel }) {
  const text = progressText(model);
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
