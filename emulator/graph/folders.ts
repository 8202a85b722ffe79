// Contact folders (learn.microsoft.com/graph/api/resources/contactfolder): list, get, create, rename, delete and
// childFolders. `/me/contactFolders` lists the folders under the default Contacts folder, which itself is
// reached by its id (every contact's parentFolderId) or the well-known name `contacts`.
import type { Mailbox } from '../store/mailbox.js';
import type { StoredFolder } from '../store/records.js';
import { GraphError, badRequest, malformedId, notFound } from './errors.js';
import { jsonResult, noContent, readJsonObject } from './graph-call.js';
import type { GraphResult, RouteInput } from './graph-call.js';
import { parseODataQuery } from './odata-query.js';
import { isGraphId } from '../store/ids.js';

const FOLDER_PROPERTIES = new Set(['id', 'displayName', 'parentFolderId']);
const DEFAULT_PAGE_SIZE = 10;

export function resolveFolder(mailbox: Mailbox, idOrName: string): StoredFolder {
  if (idOrName.toLowerCase() === 'contacts') return mailbox.folders.get(mailbox.defaultFolderId) as StoredFolder;
  if (!isGraphId(idOrName)) throw malformedId();
  const folder = mailbox.folders.get(idOrName);
  if (!folder) throw notFound();
  return folder;
}

export function renderFolder(folder: StoredFolder, select?: ReadonlySet<string>): Record<string, unknown> {
  const json: Record<string, unknown> = { id: folder.id };
  if (!select || select.has('displayName')) json.displayName = folder.displayName;
  if (!select || select.has('parentFolderId')) json.parentFolderId = folder.parentFolderId;
  return json;
}

const contextUrl = (input: RouteInput, suffix: string): string => `${input.ctx.graphUrl}/$metadata#users('${input.mailbox.ownerId}')/${suffix}`;

/** Lists the folders whose parent is `parentId` (the default folder for `/contactFolders`). */
export function listFolders(input: RouteInput, parentId: string): GraphResult {
  const { call, mailbox } = input;
  const query = parseODataQuery(call.query, FOLDER_PROPERTIES);
  const items = [...mailbox.folders.values()].filter((f) => f.parentFolderId === parentId && !f.isDefault);
  const top = query.top ?? DEFAULT_PAGE_SIZE;
  const body: Record<string, unknown> = { '@odata.context': contextUrl(input, 'contactFolders') };
  if (query.count) body['@odata.count'] = items.length;
  body.value = items.slice(query.skip, query.skip + top).map((f) => renderFolder(f, query.select));
  if (query.skip + top < items.length) {
    const next = new URLSearchParams(call.query);
    next.set('$top', String(top));
    next.set('$skip', String(query.skip + top));
    body['@odata.nextLink'] = `${input.ctx.graphUrl}/${call.segments.join('/')}?${next.toString().replaceAll('%24', '$')}`;
  }
  return jsonResult(body);
}

export function getFolder(input: RouteInput, folder: StoredFolder): GraphResult {
  const query = parseODataQuery(input.call.query, FOLDER_PROPERTIES);
  return jsonResult({ '@odata.context': contextUrl(input, 'contactFolders/$entity'), ...renderFolder(folder, query.select) });
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
  return jsonResult({ '@odata.context': contextUrl(input, 'contactFolders/$entity'), ...renderFolder(folder) }, 201);
}

export function renameFolder(input: RouteInput, folder: StoredFolder): GraphResult {
  if (folder.isDefault) throw new GraphError(403, 'ErrorAccessDenied', 'The default Contacts folder cannot be renamed.');
  const name = readDisplayName(input);
  assertUniqueName(input.mailbox, folder.parentFolderId, name, folder.id);
  input.mailbox.renameFolder(folder, name);
  return jsonResult({ '@odata.context': contextUrl(input, 'contactFolders/$entity'), ...renderFolder(folder) });
}

export function deleteFolder(input: RouteInput, folder: StoredFolder): GraphResult {
  if (folder.isDefault) throw new GraphError(400, 'ErrorDeleteDistinguishedFolder', 'Distinguished folders cannot be deleted.');
  input.mailbox.deleteFolder(folder);
  return noContent();
}
