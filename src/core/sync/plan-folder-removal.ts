// What becomes of a vanished folder's contacts: those with changes not yet sent are kept in the mailbox's
// default folder as new contacts to create (nothing the user typed vanishes silently); the rest go with the folder.
import type { ClientId } from '../contact/contact.js';
import { diffFields } from '../contact/diff-fields.js';
import type { ConflictEntry, FolderNote } from './conflict-entry.js';
import { localIdForClient } from './mirror-contact.js';
import type { MirrorContact } from './mirror-contact.js';
import type { MirrorFolder } from './plan-folders.js';

export interface FolderRemovalContext {
  /** The default folder of the mailbox the folders were in; undefined when it is not known. */
  readonly defaultFolder?: Pick<MirrorFolder, 'id' | 'displayName' | 'mailbox'>;
  readonly now: number;
  /** A fresh client id per kept contact: its create is a new contact, idempotent on retry like any other. */
  readonly newClientId: () => ClientId;
}

export interface FolderRemoval {
  /** New rows in the default folder, each to be written with a `create` outbox entry. */
  readonly kept: readonly MirrorContact[];
  /** One entry per contact with changes not yet sent: kept, or lost when it could not be kept. */
  readonly conflicts: readonly ConflictEntry[];
}

export type Fate = 'goes' | 'kept' | 'lost';

/**
 * The decision table, for one contact of a vanished folder:
 *
 * | contact                                   | writable folder, default known | read-only folder or no default |
 * |-------------------------------------------|--------------------------------|--------------------------------|
 * | deleted here, delete not yet sent         | goes                           | goes                           |
 * | no changes not yet sent                   | goes                           | goes                           |
 * | new here, not yet created on the server   | kept                           | lost (logged)                  |
 * | edited here, edit not yet acknowledged    | kept                           | lost (logged)                  |
 */
export function fateOf(row: MirrorContact, canKeep: boolean): Fate {
  if (row.deleted === true || !hasUnsentFields(row)) return 'goes';
  return canKeep ? 'kept' : 'lost';
}

/** New here, or edited with fields that differ from the last version the server acknowledged. */
function hasUnsentFields(row: MirrorContact): boolean {
  if (row.base === undefined) return true;
  return row.localChangedAt !== undefined && Object.keys(diffFields(row.base.fields, row.fields)).length > 0;
}

/** Plans the removal of `folders` given every row filed in them (rows of other folders are ignored). */
export function planFolderRemoval(folders: readonly MirrorFolder[], rows: readonly MirrorContact[], context: FolderRemovalContext): FolderRemoval {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const kept: MirrorContact[] = [];
  const conflicts: ConflictEntry[] = [];
  for (const row of rows) {
    const folder = byId.get(row.folderId);
    if (folder === undefined) continue;
    const target = keepingFolder(folder, context.defaultFolder, byId);
    const fate = fateOf(row, target !== undefined);
    if (fate === 'goes') continue;
    const note: FolderNote = { id: folder.id, name: folder.displayName };
    if (target === undefined) {
      const lost = row.base === undefined ? row.fields : diffFields(row.base.fields, row.fields);
      conflicts.push({ localId: row.localId, ...(row.graphId !== undefined ? { graphId: row.graphId } : {}), reason: 'folder-deleted', keptSide: 'remote', kept: undefined, lost, at: context.now, folder: note });
      continue;
    }
    const clientId = context.newClientId();
    const moved: MirrorContact = { localId: localIdForClient(clientId), folderId: target.id, clientId, fields: row.fields, localChangedAt: row.localChangedAt ?? context.now };
    kept.push(moved);
    conflicts.push({ localId: moved.localId, reason: 'folder-deleted', keptSide: 'local', kept: row.fields, lost: undefined, at: context.now, folder: { ...note, keptIn: target.displayName } });
  }
  return { kept, conflicts };
}

/** Where a contact of `folder` can be kept: the default folder of its own mailbox, when that is writable and stays. */
function keepingFolder(folder: MirrorFolder, target: FolderRemovalContext['defaultFolder'], removed: ReadonlyMap<string, MirrorFolder>): FolderRemovalContext['defaultFolder'] {
  if (folder.readOnly || target === undefined || removed.has(target.id) || target.mailbox !== folder.mailbox) return undefined;
  return target;
}
