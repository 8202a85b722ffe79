// The folders the Contacts view offers as a filter: each named by its path ("Work › Clients"), the user's own
// mailbox first (default folder on top), then each shared mailbox's folders, marked read-only where they are.
import type { GraphId } from '../../../core/contact/contact.js';
import type { MirrorFolder } from '../../../core/sync/plan-folders.js';

export interface FolderChoice {
  readonly id: GraphId;
  /** The folder's path from its mailbox's top folder, e.g. `Work › Clients › Key accounts`. */
  readonly path: string;
  readonly readOnly: boolean;
  /** `me` or `user:<id>` (a shared mailbox). */
  readonly mailbox: string;
}

export const FOLDER_PATH_SEPARATOR = ' › ';

/** Deep enough for any real folder tree; stops a parent cycle in corrupt data from looping. */
const MAX_FOLDER_DEPTH = 32;

function pathOf(folder: MirrorFolder, byId: ReadonlyMap<GraphId, MirrorFolder>): string {
  const names = [folder.displayName];
  let parent = folder.parentFolderId === undefined ? undefined : byId.get(folder.parentFolderId);
  // The default folder is the top of a mailbox's tree: its name is not repeated in every path under it.
  while (parent !== undefined && !parent.isDefault && names.length < MAX_FOLDER_DEPTH) {
    names.unshift(parent.displayName);
    parent = parent.parentFolderId === undefined ? undefined : byId.get(parent.parentFolderId);
  }
  return names.join(FOLDER_PATH_SEPARATOR);
}

function compareChoices(a: FolderChoice & { readonly isDefault: boolean }, b: FolderChoice & { readonly isDefault: boolean }): number {
  const mailboxRank = (choice: FolderChoice) => (choice.mailbox === 'me' ? 0 : 1);
  return (
    mailboxRank(a) - mailboxRank(b) ||
    a.mailbox.localeCompare(b.mailbox) ||
    Number(b.isDefault) - Number(a.isDefault) ||
    a.path.localeCompare(b.path, undefined, { sensitivity: 'base' })
  );
}

/** The filter's folder choices, in the order they are offered. */
export function folderChoices(folders: readonly MirrorFolder[]): readonly FolderChoice[] {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  return folders
    .map((folder) => ({ id: folder.id, path: pathOf(folder, byId), readOnly: folder.readOnly, mailbox: folder.mailbox, isDefault: folder.isDefault }))
    .sort(compareChoices)
    .map(({ id, path, readOnly, mailbox }) => ({ id, path, readOnly, mailbox }));
}
