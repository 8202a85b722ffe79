// What removing a contact that the server deleted means locally: a plain removal, or a removal whose
// unpushed local edits go to the conflict log (the server's delete wins; nothing vanishes silently).
import { diffFields } from '../contact/diff-fields.js';
import type { ConflictEntry } from './conflict-entry.js';
import type { MirrorContact } from './mirror-contact.js';
import type { PullAction } from './pull-action.js';

export function planRemoval(row: MirrorContact, now: number): PullAction {
  const edited = row.localChangedAt !== undefined && row.deleted !== true;
  if (!edited) return { kind: 'remove', localId: row.localId, conflicts: [] };
  const lost = row.base === undefined ? row.fields : diffFields(row.base.fields, row.fields);
  const conflict: ConflictEntry = {
    localId: row.localId,
    ...(row.graphId !== undefined ? { graphId: row.graphId } : {}),
    reason: 'deleted-on-server',
    keptSide: 'remote',
    kept: undefined,
    lost,
    at: now,
  };
  return { kind: 'remove', localId: row.localId, conflicts: [conflict] };
}
