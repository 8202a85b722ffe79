// The end of a full resync (after an expired delta token): contacts of the folder that the round did
// not see again were deleted on the server. Reconciles instead of wiping: contacts never pushed stay,
// and unpushed edits of removed contacts go to the conflict log.
import type { MirrorContact } from './mirror-contact.js';
import { planRemoval } from './plan-removal.js';
import type { PullAction } from './pull-action.js';

/** Removal actions for the folder's contacts not stamped with `round`. */
export function planReconcile(folderRows: readonly MirrorContact[], round: string, now: number): PullAction[] {
  return folderRows
    .filter((row) => row.graphId !== undefined && row.seenInRound !== round)
    .map((row) => planRemoval(row, now));
}
