// Graph's contact JSON (learn.microsoft.com/graph/api/resources/contact) to and from our contact model.
// Reading normalises Graph's empty values (null, "", [], an address of nulls) to absent fields, so equal contacts compare equal.
import type { ClientId, ContactFields, EmailAddress, GraphId, PhysicalAddress } from '../../core/contact/contact.js';
import { CONTACT_FIELD_NAMES } from '../../core/contact/contact.js';
import type { RemoteContact } from '../../ports/contacts-remote.js';

/** Our own property set on Outlook items: the client id lives in a single-value extended property (MS-OXPROPS named property). */
export const CLIENT_ID_PROPERTY_ID = 'String {89009c0e-8957-4f71-9c92-176a4f79d335} Name ContactBridgeClientId';

type Nullable<T> = T | null | undefined;

export interface GraphEmailAddressJson {
  readonly name?: Nullable<string>;
  readonly address?: Nullable<string>;
}

export interface GraphPhysicalAddressJson {
  readonly street?: Nullable<string>;
  readonly city?: Nullable<string>;
  readonly state?: Nullable<string>;
  readonly postalCode?: Nullable<string>;
  readonly countryOrRegion?: Nullable<string>;
}

export interface GraphExtendedPropertyJson {
  readonly id: string;
  readonly value: string;
}

/** The wire shape of a contact as Graph sends and accepts it. Every property may be missing or null. */
export interface GraphContactJson {
  readonly id?: string;
  readonly parentFolderId?: Nullable<string>;
  readonly changeKey?: Nullable<string>;
  readonly lastModifiedDateTime?: Nullable<string>;
  readonly createdDateTime?: Nullable<string>;
  readonly '@odata.etag'?: string;
  readonly '@removed'?: { readonly reason?: string };
  readonly emailAddresses?: Nullable<readonly GraphEmailAddressJson[]>;
  readonly homeAddress?: Nullable<GraphPhysicalAddressJson>;
  readonly businessAddress?: Nullable<GraphPhysicalAddressJson>;
  readonly otherAddress?: Nullable<GraphPhysicalAddressJson>;
  readonly singleValueExtendedProperties?: Nullable<readonly GraphExtendedPropertyJson[]>;
  readonly [property: string]: unknown;
}

const ADDRESS_FIELDS = ['homeAddress', 'businessAddress', 'otherAddress'] as const;
const ADDRESS_KEYS = ['street', 'city', 'state', 'postalCode', 'countryOrRegion'] as const;
const STRING_LIST_FIELDS = ['imAddresses', 'businessPhones', 'homePhones', 'children', 'categories'] as const;

/** What we read from Graph: every mapped field plus the versioning properties (`id` always comes). */
export const CONTACT_SELECT: readonly string[] = [
  ...CONTACT_FIELD_NAMES,
  'parentFolderId',
  'changeKey',
  'lastModifiedDateTime',
];

/** `$expand` that brings our client id along with a contact (not accepted by delta: delta upserts carry no client id). */
export const CLIENT_ID_EXPAND = `singleValueExtendedProperties($filter=id eq '${CLIENT_ID_PROPERTY_ID}')`;

/** The query string for reading contacts with our fields and client id (values percent-encoded). */
export const CONTACT_READ_QUERY = `$select=${CONTACT_SELECT.join(',')}&$expand=${encodeURIComponent(CLIENT_ID_EXPAND)}`;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

const textList = (value: unknown): string[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  const items = value.filter((item): item is string => typeof item === 'string' && item !== '');
  return items.length > 0 ? items : undefined;
};

function readEmails(value: unknown): EmailAddress[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const emails: EmailAddress[] = [];
  for (const entry of value as readonly GraphEmailAddressJson[]) {
    const address = text(entry?.address);
    if (address === undefined) continue;
    const name = text(entry.name);
    emails.push(name === undefined ? { address } : { name, address });
  }
  return emails.length > 0 ? emails : undefined;
}

function readAddress(value: unknown): PhysicalAddress | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const source = value as GraphPhysicalAddressJson;
  const address: Record<string, string> = {};
  for (const key of ADDRESS_KEYS) {
    const part = text(source[key]);
    if (part !== undefined) address[key] = part;
  }
  return Object.keys(address).length > 0 ? address : undefined;
}

/** Graph's DateTimeOffset to a calendar date, read from the text as written: no time zone conversion. */
export function birthdayFromGraph(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value);
  return match?.[1];
}

/** A calendar date to the DateTimeOffset Graph stores: midnight UTC of that date. */
export function birthdayToGraph(date: string): string {
  return `${date}T00:00:00Z`;
}

/** The contact fields of a Graph contact, normalised (empty values absent). */
export function fieldsFromGraph(json: GraphContactJson): ContactFields {
  const fields: Record<string, unknown> = {};
  for (const name of CONTACT_FIELD_NAMES) {
    const raw = json[name];
    let value: unknown;
    if (name === 'emailAddresses') value = readEmails(raw);
    else if (name === 'birthday') value = birthdayFromGraph(raw);
    else if ((ADDRESS_FIELDS as readonly string[]).includes(name)) value = readAddress(raw);
    else if ((STRING_LIST_FIELDS as readonly string[]).includes(name)) value = textList(raw);
    else value = text(raw);
    if (value !== undefined) fields[name] = value;
  }
  return fields as ContactFields;
}

/** Our client id from the expanded extended properties (Graph may answer the id with different letter case). */
export function clientIdFromGraph(json: GraphContactJson): ClientId | undefined {
  const wanted = CLIENT_ID_PROPERTY_ID.toLowerCase();
  const property = json.singleValueExtendedProperties?.find((ep) => ep.id.toLowerCase() === wanted);
  return property !== undefined && property.value !== '' ? (property.value as ClientId) : undefined;
}

/** A contact as Graph answered it. `fallbackFolderId` serves when `parentFolderId` was not returned. */
export function remoteContactFromGraph(json: GraphContactJson, fallbackFolderId?: GraphId): RemoteContact {
  const clientId = clientIdFromGraph(json);
  const contact: RemoteContact = {
    id: String(json.id) as GraphId,
    folderId: (text(json.parentFolderId) ?? fallbackFolderId ?? '') as GraphId,
    changeKey: text(json.changeKey) ?? '',
    lastModifiedDateTime: text(json.lastModifiedDateTime) ?? '',
    fields: fieldsFromGraph(json),
  };
  return clientId === undefined ? contact : { ...contact, clientId };
}

function valueToGraph(name: keyof ContactFields, value: unknown): unknown {
  if (value === undefined) {
    if ((STRING_LIST_FIELDS as readonly string[]).includes(name) || name === 'emailAddresses') return [];
    if ((ADDRESS_FIELDS as readonly string[]).includes(name)) return {};
    return null;
  }
  if (name === 'birthday') return birthdayToGraph(value as string);
  return value;
}

/** The body of a PATCH: only the given fields; a field given as `undefined` is cleared on the server. */
export function patchToGraph(changes: Partial<ContactFields>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of CONTACT_FIELD_NAMES) {
    if (Object.prototype.hasOwnProperty.call(changes, name)) body[name] = valueToGraph(name, changes[name]);
  }
  return body;
}

/** The body of a create: the set fields plus our client id as a single-value extended property. */
export function createToGraph(fields: ContactFields, clientId: ClientId): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of CONTACT_FIELD_NAMES) {
    const value = fields[name];
    if (value !== undefined) body[name] = valueToGraph(name, value);
  }
  body['singleValueExtendedProperties'] = [{ id: CLIENT_ID_PROPERTY_ID, value: clientId }];
  return body;
}
