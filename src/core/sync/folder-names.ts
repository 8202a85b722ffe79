// Contact folder names as Outlook keeps them: unique among a folder's children, ignoring case (Graph answers
// 409 ErrorFolderExists otherwise), and never empty. Also the folders a delete takes with it.
import type { GraphId } from '../contact/contact.js';
import type { MirrorFolder } from './plan-folders.js';

export type FolderNameProblem = 'empty' | 'taken';

/** Deep enough for any real folder tree; stops a parent cycle in corrupt data from looping. */
const MAX_FOLDER_DEPTH = 32;

/** What is wrong with `name` for a folder under `parentId` in `mailbox` (`except`: the folder being renamed). */
export function folderNameProblem(name: string, folders: readonly MirrorFolder[], parentId: GraphId, mailbox: string, except?: GraphId): FolderNameProblem | undefined {
  const wanted = name.trim();
  if (wanted === '') return 'empty';
  const defaultId = folders.find((folder) => folder.mailbox === mailbox && folder.isDefault)?.id;
  const taken = folders.some(
    (folder) =>
      folder.mailbox === mailbox &&
      !folder.isDefault &&
      folder.id !== except &&
      (folder.parentFolderId ?? defaultId) === parentId &&
      folder.displayName.trim().toLowerCase() === wanted.toLowerCase(),
  );
  return taken ? 'taken' : undefined;
}

/** The folder and every folder under it: what deleting it removes. */
export function folderWithDescendants(folders: readonly MirrorFolder[], id: GraphId): readonly GraphId[] {
  const found: GraphId[] = [id];
  for (let depth = 0, level: readonly GraphId[] = [id]; level.length > 0 && depth < MAX_FOLDER_DEPTH; depth += 1) {
    level = folders.filter((folder) => folder.parentFolderId !== undefined && level.includes(folder.parentFolderId) && !found.includes(folder.id)).map((folder) => folder.id);
    found.push(...level);
  }
  return found;
}
