// Contact folders (learn.microsoft.com/graph/api/resources/contactfolder): list, get, create, rename, delete and
// childFolders. `/me/contactFolders` lists the folders under the default Contacts folder, which itself is
// reached by its id (every contact's parentFolderId) or the well-known name `contacts`.
import type { Mailbox } from '../store/mailbox.js';
import type { StoredFolder } from '../store/records.js';
import { entityResult, findById, listPage } from './collection-page.js';
import { GraphError, badRequest } from './errors.js';
import { noContent, readJsonObject } from './graph-call.js';
import type { GraphResult, RouteInput } from './graph-call.js';
import { parseODataQuery } from './odata-query.js';

const FOLDER_PROPERTIES = new Set(['id', 'displayName', 'parentFolderId']);

export function resolveFolder(mailbox: Mailbox, idOrName: string): StoredFolder {
  if (idOrName.toLowerCase() === 'contacts') return mailbox.folders.get(mailbox.defaultFolderId) as StoredFolder;
  return findById(mailbox.folders, idOrName);
}

export function renderFolder(folder: StoredFolder, select?: ReadonlySet<string>): Record<string, unknown> {
  const json: Record<string, unknown> = { id: folder.id };
  if (!select || select.has('displayName')) json.displayName = folder.displayName;
  if (!select || select.has('parentFolderId')) json.parentFolderId = folder.parentFolderId;
  return json;
}

/** Lists the folders whose parent is `parentId` (the default folder for `/contactFolders`). */
export function listFolders(input: RouteInput, parentId: string): GraphResult {
  const { call, mailbox } = input;
  const query = parseODataQuery(call.query, FOLDER_PROPERTIES);
  const items = [...mailbox.folders.values()].filter((f) => f.parentFolderId === parentId && !f.isDefault);
  return listPage(input, query, 'contactFolders', items, (f) => renderFolder(f, query.select));
}

export function getFolder(input: RouteInput, folder: StoredFolder): GraphResult {
  const query = parseODataQuery(input.call.query, FOLDER_PROPERTIES);
  return entityResult(input, 'contactFolders', renderFolder(folder, query.select));
}

function readDisplayName(input: RouteInput): string {
  const body = readJsonObject(input.call);
  for (const key of Object.keys(body)) {
    if (!FOLDER_PROPERTIES.has(key) && !key.startsWith('@odata.')) {
      throw new GraphError(400, 'RequestBodyRead', `The property '${key.slice(0, 60)}' does not exist on type 'microsoft.graph.contactFolder'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
  }
  const name = body.displayName;
  if (typeof name !== 'string' || name.trim() === '') throw badRequest('The folder display name is required.', 'ErrorInvalidRequest');
  return name;
}

function assertUniqueName(mailbox: Mailbox, parentId: string, name: string, except?: string): void {
  const clash = [...mailbox.folders.values()].some((f) => f.parentFolderId === parentId && f.id !== except && f.displayName.toLowerCase() === name.toLowerCase());
  if (clash) throw new GraphError(409, 'ErrorFolderExists', 'A folder with the specified name already exists.');
}

export function createFolder(input: RouteInput, parent: StoredFolder): GraphResult {
  const name = readDisplayName(input);
  assertUniqueName(input.mailbox, parent.id, name);
  const folder = input.mailbox.createFolder(parent.id, name);
  return entityResult(input, 'contactFolders', renderFolder(folder), 201);
}

export function renameFolder(input: RouteInput, folder: StoredFolder): GraphResult {
  if (folder.isDefault) throw new GraphError(403, 'ErrorAccessDenied', 'The default Contacts folder cannot be renamed.');
  const name = readDisplayName(input);
  assertUniqueName(input.mailbox, folder.parentFolderId, name, folder.id);
  input.mailbox.renameFolder(folder, name);
  return entityResult(input, 'contactFolders', renderFolder(folder));
}

export function deleteFolder(input: RouteInput, folder: StoredFolder): GraphResult {
  if (folder.isDefault) throw new GraphError(400, 'ErrorDeleteDistinguishedFolder', 'Distinguished folders cannot be deleted.');
  input.mailbox.deleteFolder(folder);
  return noContent();
}
