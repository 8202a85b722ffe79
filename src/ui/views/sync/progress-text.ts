// The running sync's progress in words. Graph's delta never says how many contacts a round holds, so a pull
// reads "N of about M" when the mirror held M contacts after its last sync, else "N contacts so far".
import { plural } from '../../strings/plural.js';
import { strings } from '../../strings/strings.js';
import type { ProgressBarModel } from './sync-status-model.js';

const s = strings.sync;

/** `previousCount`: the mirror's contacts after its last completed sync (undefined before the first one). */
export function progressText(model: ProgressBarModel, previousCount: number | undefined): string {
  if (model.phase === 'folders' && model.now === 0) return s.progressFolders;
  if (model.phase === 'push') return plural(s.progressPush, model.now);
  if (model.max !== undefined) return plural(s.progressPullOf, model.max, { contacts: model.now, total: model.max, pages: plural(s.progressPages, model.pages) });
  // Past the estimate (the mailbox grew), "of about" would mislead: the count alone is the honest figure.
  if (previousCount !== undefined && previousCount > 0 && model.now <= previousCount) {
    return plural(s.progressAbout, previousCount, { contacts: model.now, expected: previousCount });
  }
  return plural(s.progressSoFar, model.now);
}
