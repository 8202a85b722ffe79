// Contacts: list (default folder or a folder) with OData options and $skip paging, get, create, PATCH, DELETE
// (learn.microsoft.com/graph/api/user-list-contacts, contact-get, user-post-contacts, contact-update, contact-delete).
import type { Mailbox } from '../store/mailbox.js';
import type { ExtendedProperty, OpenExtension, StoredContact } from '../store/records.js';
import { SELECTABLE, parseContactBody } from './contact-json.js';
import { CONTACT_EXPANDABLE, contactFilterScope, viewContact } from './contact-view.js';
import { entityResult, findById, listPage } from './collection-page.js';
import { badRequest, notFound, staleChangeKey } from './errors.js';
import { mergeExtendedProperties, parseExtendedProperties, parseExtension } from './extensions.js';
import { noContent, readJsonObject } from './graph-call.js';
import type { GraphCall, GraphResult, RouteInput } from './graph-call.js';
import { matchesFilter } from './odata-filter.js';
import { parseODataQuery } from './odata-query.js';
import { resolveFolder } from './folders.js';

/** The contact `id` in `mailbox`, optionally required to be in folder `folderId`; 400 for a malformed id, 404 when absent. */
export function findContact(mailbox: Mailbox, id: string, folderId?: string): StoredContact {
  const contact = findById(mailbox.contacts, id);
  if (folderId !== undefined && contact.folderId !== folderId) throw notFound();
  return contact;
}

/** Honours `If-Match` (an etag `W/"<changeKey>"`, a bare change key or `*`): 412 when the item moved on. */
export function checkIfMatch(call: GraphCall, contact: StoredContact): void {
  const header = call.headers['if-match'];
  if (header === undefined || header.trim() === '*') return;
  const wanted = header.split(',').map((v) => v.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1'));
  if (!wanted.includes(contact.changeKey)) throw staleChangeKey();
}

export function listContacts(input: RouteInput, folderId: string): GraphResult {
  const { call, mailbox } = input;
  const query = parseODataQuery(call.query, SELECTABLE, CONTACT_EXPANDABLE);
  let items = [...mailbox.contacts.values()].filter((c) => c.folderId === folderId);
  const filter = query.filter;
  if (filter) items = items.filter((c) => matchesFilter(filter, contactFilterScope(c)));
  if (query.orderBy.length > 0) {
    const scopes = new Map(items.map((c) => [c.id, contactFilterScope(c)]));
    items.sort((a, b) => {
      for (const { property, descending } of query.orderBy) {
        const [x, y] = [String(scopes.get(a.id)?.[property] ?? ''), String(scopes.get(b.id)?.[property] ?? '')];
        const order = x.localeCompare(y);
        if (order !== 0) return descending ? -order : order;
      }
      return 0;
    });
  }
  return listPage(input, query, 'contacts', items, (c) => viewContact(c, query.select, query.expand));
}

export function getContact(input: RouteInput, contact: StoredContact): GraphResult {
  const query = parseODataQuery(input.call.query, SELECTABLE, CONTACT_EXPANDABLE);
  return entityResult(input, 'contacts', viewContact(contact, query.select, query.expand));
}

interface Navigation {
  readonly extended?: ExtendedProperty[];
  readonly extensions: OpenExtension[];
}

/** Validates the navigation properties a create or update body may carry, before anything is written. */
function parseNavigation(body: Record<string, unknown>): Navigation {
  if (body.multiValueExtendedProperties !== undefined) throw badRequest('multiValueExtendedProperties are not supported by this emulator.', 'ErrorInvalidRequest');
  if (body.extensions !== undefined && !Array.isArray(body.extensions)) throw badRequest("Cannot read 'extensions': an array is expected.", 'RequestBodyRead');
  const extensions = ((body.extensions ?? []) as unknown[]).map((raw) => {
    const parsed = parseExtension((raw ?? {}) as Record<string, unknown>, true);
    return { extensionName: parsed.name as string, data: parsed.data };
  });
  return body.singleValueExtendedProperties === undefined ? { extensions } : { extended: parseExtendedProperties(body.singleValueExtendedProperties), extensions };
}

function applyNavigation(contact: StoredContact, nav: Navigation): void {
  if (nav.extended) mergeExtendedProperties(contact, nav.extended);
  for (const ext of nav.extensions) {
    contact.extensions = [...contact.extensions.filter((e) => e.extensionName !== ext.extensionName), ext];
  }
}

export function createContact(input: RouteInput, folderIdOrName?: string): GraphResult {
  const { call, mailbox } = input;
  const folder = folderIdOrName === undefined ? mailbox.folders.get(mailbox.defaultFolderId) : resolveFolder(mailbox, folderIdOrName);
  if (!folder) throw notFound();
  const body = readJsonObject(call);
  const props = parseContactBody(body);
  const nav = parseNavigation(body);
  const contact = mailbox.createContact(folder.id, props);
  applyNavigation(contact, nav);
  return entityResult(input, 'contacts', viewContact(contact, undefined, []), 201, { Location: `${input.ctx.graphUrl}/${input.mailboxPath}/contacts/${encodeURIComponent(contact.id)}` });
}

export function updateContact(input: RouteInput, contact: StoredContact): GraphResult {
  const { call, mailbox } = input;
  checkIfMatch(call, contact);
  const body = readJsonObject(call);
  const props = parseContactBody(body);
  const nav = parseNavigation(body);
  contact.props = { ...contact.props, ...props };
  applyNavigation(contact, nav);
  mailbox.touchContact(contact);
  return entityResult(input, 'contacts', viewContact(contact, undefined, []));
}

export function deleteContact(input: RouteInput, contact: StoredContact): GraphResult {
  checkIfMatch(input.call, contact);
  input.mailbox.deleteContact(contact);
  return noContent();
}
