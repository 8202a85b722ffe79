// The contact resource's JSON (learn.microsoft.com/graph/api/resources/contact): validates request bodies the way
// Graph does (unknown property -> 400 RequestBodyRead) and renders stored contacts with every property present.
import type { ContactProps, StoredContact } from '../store/records.js';
import { badRequest, unknownProperty } from './errors.js';

type PropKind = 'string' | 'strings' | 'emails' | 'address' | 'date';

/** Writable properties in the order Graph returns them. */
export const CONTACT_PROPERTIES: ReadonlyArray<readonly [string, PropKind]> = [
  ['categories', 'strings'], ['birthday', 'date'], ['fileAs', 'string'], ['displayName', 'string'], ['givenName', 'string'],
  ['initials', 'string'], ['middleName', 'string'], ['nickName', 'string'], ['surname', 'string'], ['title', 'string'],
  ['yomiGivenName', 'string'], ['yomiSurname', 'string'], ['yomiCompanyName', 'string'], ['generation', 'string'],
  ['imAddresses', 'strings'], ['jobTitle', 'string'], ['companyName', 'string'], ['department', 'string'],
  ['officeLocation', 'string'], ['profession', 'string'], ['businessHomePage', 'string'], ['assistantName', 'string'],
  ['manager', 'string'], ['homePhones', 'strings'], ['mobilePhone', 'string'], ['businessPhones', 'strings'],
  ['spouseName', 'string'], ['personalNotes', 'string'], ['children', 'strings'], ['emailAddresses', 'emails'],
  ['homeAddress', 'address'], ['businessAddress', 'address'], ['otherAddress', 'address'],
];

const KIND = new Map(CONTACT_PROPERTIES);
/** Server-owned properties: accepted in a body (clients echo them) and ignored. */
const READ_ONLY = new Set(['id', 'changeKey', 'createdDateTime', 'lastModifiedDateTime', 'parentFolderId']);
/** Navigation properties handled by their own modules. */
export const NAVIGATION = new Set(['extensions', 'singleValueExtendedProperties', 'multiValueExtendedProperties', 'photo']);
const ADDRESS_KEYS = new Set(['street', 'city', 'state', 'postalCode', 'countryOrRegion']);
/** Outlook has three e-mail slots (MS-OXOCNTC 2.2.1.2). */
export const MAX_EMAIL_ADDRESSES = 3;

const isString = (v: unknown): v is string => typeof v === 'string';

function parseValue(name: string, kind: PropKind, value: unknown): unknown {
  if (value === null) return kind === 'strings' || kind === 'emails' ? [] : null;
  const invalid = (): never => {
    throw badRequest(`Cannot convert the literal '${JSON.stringify(value).slice(0, 60)}' to the expected type of property '${name}'.`, 'RequestBodyRead');
  };
  switch (kind) {
    case 'string':
      return isString(value) ? value : invalid();
    case 'strings':
      return Array.isArray(value) && value.every(isString) ? [...value] : invalid();
    case 'date': {
      const match = isString(value) ? /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.exec(value) : null;
      return match ? `${match[1]}T11:59:00Z` : invalid();
    }
    case 'address': {
      if (typeof value !== 'object' || Array.isArray(value)) return invalid();
      for (const [key, part] of Object.entries(value)) {
        if (!ADDRESS_KEYS.has(key)) throw unknownProperty(key, 'physicalAddress');
        if (part !== null && !isString(part)) invalid();
      }
      return { ...value };
    }
    case 'emails': {
      if (!Array.isArray(value)) return invalid();
      if (value.length > MAX_EMAIL_ADDRESSES) throw badRequest('A contact can have at most 3 email addresses.', 'ErrorInvalidArgument');
      return value.map((entry: unknown) => {
        if (typeof entry !== 'object' || entry === null) return invalid();
        for (const key of Object.keys(entry)) if (key !== 'name' && key !== 'address') throw unknownProperty(key, 'emailAddress');
        const { name, address } = entry as { name?: unknown; address?: unknown };
        if ((name !== undefined && name !== null && !isString(name)) || (address !== undefined && address !== null && !isString(address))) invalid();
        return { name: name ?? null, address: address ?? null };
      });
    }
  }
}

/** The writable contact properties of a request body (navigation properties are left to the caller). */
export function parseContactBody(body: Record<string, unknown>): ContactProps {
  const props: ContactProps = {};
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('@odata.') || READ_ONLY.has(name) || NAVIGATION.has(name)) continue;
    const kind = KIND.get(name);
    if (!kind) throw unknownProperty(name, 'contact');
    props[name] = parseValue(name, kind, value);
  }
  return props;
}

/** Shared, frozen empty values: a large page then allocates nothing for the properties a contact leaves unset. */
const EMPTY_LIST: readonly unknown[] = Object.freeze([]);
const EMPTY_ADDRESS: Readonly<Record<string, never>> = Object.freeze({});
const emptyValue = (kind: PropKind): unknown => (kind === 'strings' || kind === 'emails' ? EMPTY_LIST : kind === 'address' ? EMPTY_ADDRESS : null);

/** The contact as Graph returns it; `select` limits the properties (id and @odata.etag always come). */
export function renderContact(contact: StoredContact, select?: ReadonlySet<string>, odataType?: string): Record<string, unknown> {
  const json: Record<string, unknown> = odataType ? { '@odata.type': odataType } : {};
  json['@odata.etag'] = `W/"${contact.changeKey}"`;
  json.id = contact.id;
  const want = (name: string): boolean => !select || select.has(name);
  if (want('createdDateTime')) json.createdDateTime = contact.createdDateTime;
  if (want('lastModifiedDateTime')) json.lastModifiedDateTime = contact.lastModifiedDateTime;
  if (want('changeKey')) json.changeKey = contact.changeKey;
  const props = contact.props;
  for (const [name, kind] of CONTACT_PROPERTIES) {
    if (name === 'birthday' && want('parentFolderId')) json.parentFolderId = contact.folderId;
    if (want(name)) json[name] = props[name] ?? emptyValue(kind);
  }
  return json;
}

/** Property names `$select` and `$orderby` accept on contacts. */
export const SELECTABLE = new Set(['id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'parentFolderId', ...KIND.keys()]);
