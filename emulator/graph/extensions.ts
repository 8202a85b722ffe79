// Open extensions on contacts (learn.microsoft.com/graph/api/resources/opentypeextension) and the parsing of
// single-value extended properties sent in contact bodies (resources/singlevaluelegacyextendedproperty).
import type { ExtendedProperty, OpenExtension, StoredContact } from '../store/records.js';
import { GraphError, badRequest, notFound } from './errors.js';
import { jsonResult, noContent, readJsonObject } from './graph-call.js';
import type { GraphResult, RouteInput } from './graph-call.js';

const OPEN_TYPE = '#microsoft.graph.openTypeExtension';
const ID_PREFIX = 'Microsoft.OutlookServices.OpenTypeExtension.';
/** `String {GUID} Name X`, `String 0x1234`, and the other MAPI types with a GUID and name or a tag. */
const EXTENDED_ID = /^(String|Integer|Boolean|SystemTime|Long|Double|Binary|CLSID|Short|Currency|Float)\s+(\{[0-9a-fA-F-]{36}\}\s+(Name|Id)\s+\S.*|0x[0-9a-fA-F]{1,4})$/;

export function renderExtension(ext: OpenExtension): Record<string, unknown> {
  return { '@odata.type': OPEN_TYPE, id: `${ID_PREFIX}${ext.extensionName}`, extensionName: ext.extensionName, ...ext.data };
}

/** Parses an open extension body; `extensionName` is required on create. */
export function parseExtension(body: Record<string, unknown>, requireName: boolean): { name?: string; data: Record<string, unknown> } {
  const { extensionName, '@odata.type': type, id: _id, ...data } = body;
  if (type !== undefined && type !== 'microsoft.graph.openTypeExtension' && type !== OPEN_TYPE) throw badRequest(`Unsupported extension type '${String(type).slice(0, 60)}'.`);
  if (requireName && (typeof extensionName !== 'string' || extensionName === '')) throw badRequest("The property 'extensionName' is required.", 'ErrorInvalidRequest');
  return typeof extensionName === 'string' ? { name: extensionName, data } : { data };
}

/** Validates `singleValueExtendedProperties` from a contact body. */
export function parseExtendedProperties(value: unknown): ExtendedProperty[] {
  if (!Array.isArray(value)) throw badRequest("Cannot read 'singleValueExtendedProperties': an array is expected.", 'RequestBodyRead');
  return value.map((entry: unknown) => {
    const { id, value: v } = (entry ?? {}) as { id?: unknown; value?: unknown };
    if (typeof id !== 'string' || typeof v !== 'string') throw badRequest('An extended property needs a string id and a string value.', 'RequestBodyRead');
    if (!EXTENDED_ID.test(id)) throw badRequest(`The extended property id '${id.slice(0, 80)}' is not valid.`, 'ErrorInvalidProperty');
    return { id, value: v };
  });
}

/** Merges extended properties into the contact: same id (case-insensitive) replaces. */
export function mergeExtendedProperties(contact: StoredContact, incoming: readonly ExtendedProperty[]): void {
  let merged = [...contact.extendedProperties];
  for (const prop of incoming) merged = [...merged.filter((p) => p.id.toLowerCase() !== prop.id.toLowerCase()), prop];
  contact.extendedProperties = merged;
}

const findExtension = (contact: StoredContact, key: string): OpenExtension | undefined =>
  contact.extensions.find((e) => e.extensionName === key || `${ID_PREFIX}${e.extensionName}` === key);

/** Handles `/contacts/{id}/extensions[/{name}]` once the contact is resolved. */
export function handleExtensions(input: RouteInput, contact: StoredContact, extensionKey: string | undefined): GraphResult {
  const { call, mailbox } = input;
  if (extensionKey === undefined) {
    if (call.method === 'GET') return jsonResult({ value: contact.extensions.map(renderExtension) });
    if (call.method !== 'POST') throw new GraphError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
    const parsed = parseExtension(readJsonObject(call), true);
    const name = parsed.name as string;
    if (findExtension(contact, name)) throw new GraphError(409, 'ErrorItemAlreadyExists', 'An extension already exists with given id.');
    const ext = { extensionName: name, data: parsed.data };
    contact.extensions = [...contact.extensions, ext];
    mailbox.touchContact(contact);
    return jsonResult(renderExtension(ext), 201);
  }
  const ext = findExtension(contact, extensionKey);
  if (!ext) throw notFound();
  if (call.method === 'GET') return jsonResult(renderExtension(ext));
  if (call.method === 'PATCH') {
    const updated = { extensionName: ext.extensionName, data: { ...ext.data, ...parseExtension(readJsonObject(call), false).data } };
    contact.extensions = contact.extensions.map((e) => (e === ext ? updated : e));
    mailbox.touchContact(contact);
    return noContent();
  }
  if (call.method === 'DELETE') {
    contact.extensions = contact.extensions.filter((e) => e !== ext);
    mailbox.touchContact(contact);
    return noContent();
  }
  throw new GraphError(405, 'ErrorInvalidRequest', 'The OData request is not supported.');
}
