// The Graph route table: each path under a mailbox, its verb, the access it needs and its handler.
import { DEMO_PROFILES } from '../seed/demo-users.js';
import { createContact, deleteContact, findContact, getContact, listContacts, updateContact } from './contacts.js';
import { createCategory, deleteCategory, getCategory, listCategories, updateCategory } from './categories.js';
import { contactsDelta, foldersDelta } from './delta.js';
import { handleExtensions } from './extensions.js';
import { createFolder, deleteFolder, getFolder, listFolders, renameFolder, resolveFolder } from './folders.js';
import { jsonResult } from './graph-call.js';
import { listPeople } from './people.js';
import { getPhotoMetadata, getPhotoValue, putPhotoValue } from './photos.js';
import type { GraphResult, RouteInput } from './graph-call.js';
import type { Route } from './router.js';

const p = (path: string): string[] => path.split('/').filter(Boolean);

function profile(input: RouteInput): GraphResult {
  const user = input.ctx.state.users.find((u) => u.id === input.mailbox.ownerId);
  const extra = DEMO_PROFILES[input.mailbox.ownerId];
  return jsonResult({
    '@odata.context': `${input.ctx.graphUrl}/$metadata#users/$entity`,
    businessPhones: extra?.businessPhones ?? [],
    displayName: user?.displayName ?? null,
    givenName: user?.displayName.split(' ')[0] ?? null,
    jobTitle: extra?.jobTitle ?? null,
    mail: user?.mail ?? null,
    mobilePhone: extra?.mobilePhone ?? null,
    officeLocation: extra?.officeLocation ?? null,
    preferredLanguage: 'en-US',
    surname: user?.displayName.split(' ').slice(1).join(' ') ?? null,
    userPrincipalName: user?.userPrincipalName ?? null,
    id: input.mailbox.ownerId,
  });
}

const folderOf = (input: RouteInput) => resolveFolder(input.mailbox, input.params.folder as string);
const contactOf = (input: RouteInput) => findContact(input.mailbox, input.params.id as string, input.params.folder === undefined ? undefined : folderOf(input).id);

/** Contact item routes, mounted both at `contacts/:id` and `contactFolders/:folder/contacts/:id`. */
function contactItemRoutes(prefix: string): Route[] {
  return [
    { method: 'GET', pattern: p(`${prefix}/:id`), access: 'read', scopes: 'contacts', handle: (i) => getContact(i, contactOf(i)) },
    { method: 'PATCH', pattern: p(`${prefix}/:id`), access: 'write', scopes: 'contacts', handle: (i) => updateContact(i, contactOf(i)) },
    { method: 'DELETE', pattern: p(`${prefix}/:id`), access: 'write', scopes: 'contacts', handle: (i) => deleteContact(i, contactOf(i)) },
    { method: 'GET', pattern: p(`${prefix}/:id/extensions`), access: 'read', scopes: 'contacts', handle: (i) => handleExtensions(i, contactOf(i), undefined) },
    { method: 'POST', pattern: p(`${prefix}/:id/extensions`), access: 'write', scopes: 'contacts', handle: (i) => handleExtensions(i, contactOf(i), undefined) },
    { method: 'GET', pattern: p(`${prefix}/:id/photo`), access: 'read', scopes: 'contacts', handle: (i) => getPhotoMetadata(i, contactOf(i)) },
    { method: 'GET', pattern: p(`${prefix}/:id/photo/$value`), access: 'read', scopes: 'contacts', handle: (i) => getPhotoValue(i, contactOf(i)) },
    { method: 'PUT', pattern: p(`${prefix}/:id/photo/$value`), access: 'write', scopes: 'contacts', handle: (i) => putPhotoValue(i, contactOf(i)) },
    ...['GET', 'PATCH', 'DELETE'].map((method): Route => ({
      method, pattern: p(`${prefix}/:id/extensions/:ext`), access: method === 'GET' ? 'read' : 'write', scopes: 'contacts',
      handle: (i) => handleExtensions(i, contactOf(i), i.params.ext),
    })),
  ];
}

export const GRAPH_ROUTES: readonly Route[] = [
  { method: 'GET', pattern: [], access: 'read', scopes: 'profile', handle: profile },
  { method: 'GET', pattern: p('contacts'), access: 'read', scopes: 'contacts', handle: (i) => listContacts(i, i.mailbox.defaultFolderId) },
  { method: 'POST', pattern: p('contacts'), access: 'write', scopes: 'contacts', handle: (i) => createContact(i) },
  ...contactItemRoutes('contacts'),
  ...contactItemRoutes('contactFolders/:folder/contacts'),
  { method: 'GET', pattern: p('contactFolders'), access: 'read', scopes: 'contacts', handle: (i) => listFolders(i, i.mailbox.defaultFolderId) },
  { method: 'POST', pattern: p('contactFolders'), access: 'write', scopes: 'contacts', handle: (i) => createFolder(i, resolveFolder(i.mailbox, 'contacts')) },
  { method: 'GET', pattern: p('contactFolders/delta'), access: 'read', scopes: 'contacts', handle: foldersDelta },
  { method: 'GET', pattern: p('contactFolders/:folder/contacts/delta'), access: 'read', scopes: 'contacts', handle: (i) => contactsDelta(i, i.params.folder as string) },
  { method: 'GET', pattern: p('contactFolders/:folder'), access: 'read', scopes: 'contacts', handle: (i) => getFolder(i, folderOf(i)) },
  { method: 'PATCH', pattern: p('contactFolders/:folder'), access: 'write', scopes: 'contacts', handle: (i) => renameFolder(i, folderOf(i)) },
  { method: 'DELETE', pattern: p('contactFolders/:folder'), access: 'write', scopes: 'contacts', handle: (i) => deleteFolder(i, folderOf(i)) },
  { method: 'GET', pattern: p('contactFolders/:folder/childFolders'), access: 'read', scopes: 'contacts', handle: (i) => listFolders(i, folderOf(i).id) },
  { method: 'POST', pattern: p('contactFolders/:folder/childFolders'), access: 'write', scopes: 'contacts', handle: (i) => createFolder(i, folderOf(i)) },
  { method: 'GET', pattern: p('contactFolders/:folder/contacts'), access: 'read', scopes: 'contacts', handle: (i) => listContacts(i, folderOf(i).id) },
  { method: 'POST', pattern: p('contactFolders/:folder/contacts'), access: 'write', scopes: 'contacts', handle: (i) => createContact(i, i.params.folder) },
  { method: 'GET', pattern: p('outlook/masterCategories'), access: 'read', scopes: 'categories', handle: listCategories },
  { method: 'POST', pattern: p('outlook/masterCategories'), access: 'write', scopes: 'categories', handle: createCategory },
  { method: 'GET', pattern: p('outlook/masterCategories/:category'), access: 'read', scopes: 'categories', handle: getCategory },
  { method: 'PATCH', pattern: p('outlook/masterCategories/:category'), access: 'write', scopes: 'categories', handle: updateCategory },
  { method: 'DELETE', pattern: p('outlook/masterCategories/:category'), access: 'write', scopes: 'categories', handle: deleteCategory },
  { method: 'GET', pattern: p('people'), access: 'read', scopes: 'people', handle: listPeople },
];
