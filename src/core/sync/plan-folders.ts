// Folder bookkeeping: which contact folders the mirror keeps, added or gone since the last listing.
import type { GraphId } from '../contact/contact.js';

/** A contact folder as the mirror keeps it. `mailbox` is `me` or `user:<id>` for a shared mailbox. */
export interface MirrorFolder {
  readonly id: GraphId;
  readonly displayName: string;
  readonly parentFolderId?: GraphId;
  readonly isDefault: boolean;
  readonly mailbox: string;
  /** Shared folders of other users are mirrored read-only. */
  readonly readOnly: boolean;
}

export interface FolderPlan {
  /** New or renamed folders to write. */
  readonly upserts: readonly MirrorFolder[];
  /** Folders gone from the mailbox: their sync state goes too, their contacts as planFolderRemoval decides. */
  readonly removed: readonly GraphId[];
}

/** Compares the folders listed for one mailbox with the folders kept for it. */
export function planFolders(listed: readonly MirrorFolder[], kept: readonly MirrorFolder[], mailbox: string): FolderPlan {
  const keptById = new Map(kept.filter((folder) => folder.mailbox === mailbox).map((folder) => [folder.id, folder]));
  const listedIds = new Set(listed.map((folder) => folder.id));
  const upserts = listed.filter((folder) => {
    const old = keptById.get(folder.id);
    return old === undefined || old.displayName !== folder.displayName || old.parentFolderId !== folder.parentFolderId || old.isDefault !== folder.isDefault || old.readOnly !== folder.readOnly;
  });
  const removed = [...keptById.keys()].filter((id) => !listedIds.has(id));
  return { upserts, removed };
}
