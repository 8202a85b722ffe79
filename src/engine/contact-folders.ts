// The user's own contact folders: create, rename and delete. Unlike contact edits these go to Graph at once (a
// folder has no client id to make a retried create idempotent, and a name clash is only known to the server);
// the answer is written to the mirror straight away, and the next folder delta confirms it.
import type { GraphId } from '../core/contact/contact.js';
import { NotFoundError, RemoteError, UserError } from '../core/errors.js';
import { folderNameProblem, folderWithDescendants } from '../core/sync/folder-names.js';
import type { MirrorFolder } from '../core/sync/plan-folders.js';
import type { ContactsRemote, RemoteFolder } from '../ports/contacts-remote.js';
import type { ContactReader, PullTarget } from '../ports/mirror-store.js';

export interface FolderDeps {
  readonly remote: ContactsRemote;
  readonly store: Pick<ContactReader, 'listFolders' | 'countContacts'> & Pick<PullTarget, 'applyFolderPlan'>;
}

/** What deleting a folder takes with it: its contacts and those of its subfolders. */
export interface FolderDeleteImpact {
  readonly contacts: number;
  readonly subfolders: number;
}

const OWN = 'me';
const quoted = (name: string) => `“${name.trim().slice(0, 80)}”`;

function ownFolder(folders: readonly MirrorFolder[], id: GraphId): MirrorFolder {
  const folder = folders.find((each) => each.id === id && each.mailbox === OWN && !each.readOnly);
  if (folder === undefined) throw new UserError('This folder cannot be changed here.', 'Only your own contact folders can be renamed or deleted.');
  return folder;
}

function checkName(name: string, folders: readonly MirrorFolder[], parentId: GraphId, except?: GraphId): string {
  const problem = folderNameProblem(name, folders, parentId, OWN, except);
  if (problem === 'empty') throw new UserError('Give the folder a name.');
  if (problem === 'taken') throw new UserError(`A folder named ${quoted(name)} already exists here.`, undefined, 'Choose another name.');
  return name.trim();
}

/** The server's refusal of a name (409 ErrorFolderExists), said as the user's error; anything else as it is. */
function clashAsUserError(error: unknown, name: string): unknown {
  return error instanceof RemoteError && error.status === 409 ? new UserError(`A folder named ${quoted(name)} already exists here.`, undefined, 'Choose another name.') : error;
}

const mirrorFolderOf = (folder: RemoteFolder, parentId: GraphId): MirrorFolder => ({
  id: folder.id,
  displayName: folder.displayName,
  parentFolderId: folder.parentFolderId ?? parentId,
  isDefault: false,
  mailbox: OWN,
  readOnly: false,
});

/** Creates a folder under the user's default folder. Answers its id. */
export async function createContactFolder(deps: FolderDeps, name: string): Promise<GraphId> {
  const folders = await deps.store.listFolders();
  const parent = folders.find((folder) => folder.mailbox === OWN && folder.isDefault);
  if (parent === undefined) throw new UserError('There is no contact folder to add the folder to yet.', 'The first sync of your contacts has not finished.');
  const wanted = checkName(name, folders, parent.id);
  const made = await deps.remote.createFolder({ kind: 'me' }, wanted).catch((error: unknown) => Promise.reject(clashAsUserError(error, wanted)));
  await deps.store.applyFolderPlan({ upserts: [mirrorFolderOf(made, parent.id)], removed: [] });
  return made.id;
}

export async function renameContactFolder(deps: FolderDeps, id: GraphId, name: string): Promise<void> {
  const folders = await deps.store.listFolders();
  const folder = ownFolder(folders, id);
  if (folder.isDefault) throw new UserError('The Contacts folder keeps its name.');
  const wanted = checkName(name, folders, folder.parentFolderId ?? id, id);
  const renamed = await deps.remote.renameFolder({ kind: 'me' }, id, wanted).catch((error: unknown) => Promise.reject(clashAsUserError(error, wanted)));
  await deps.store.applyFolderPlan({ upserts: [{ ...folder, displayName: renamed.displayName }], removed: [] });
}

export async function folderDeleteImpact(deps: Pick<FolderDeps, 'store'>, id: GraphId): Promise<FolderDeleteImpact> {
  const ids = folderWithDescendants(await deps.store.listFolders(), id);
  const counts = await Promise.all(ids.map((folderId) => deps.store.countContacts({ folderId })));
  return { contacts: counts.reduce((sum, count) => sum + count, 0), subfolders: ids.length - 1 };
}

/** Deletes the folder with its subfolders and their contacts, on the server and then in the mirror. */
export async function deleteContactFolder(deps: FolderDeps, id: GraphId): Promise<void> {
  const folders = await deps.store.listFolders();
  const folder = ownFolder(folders, id);
  if (folder.isDefault) throw new UserError('The Contacts folder cannot be deleted.');
  try {
    await deps.remote.deleteFolder({ kind: 'me' }, id);
  } catch (error) {
    // Gone already (deleted in Outlook meanwhile): the mirror follows all the same.
    if (!(error instanceof NotFoundError)) throw error;
  }
  await deps.store.applyFolderPlan({ upserts: [], removed: folderWithDescendants(folders, id) });
}
