// A contact's JSON text written directly, for large pages (delta pages of up to 1,000 contacts): the same text as
// JSON.stringify(renderContact(...)), without building an object of every property first and serialising it.
import type { StoredContact } from '../store/records.js';
import { CONTACT_PROPERTIES, renderContact } from './contact-json.js';

/** Per property: the text before its value, its name, and the text of an unset value (as renderContact fills it). */
const PROPERTY_TEXT: ReadonlyArray<readonly [string, string, string]> = CONTACT_PROPERTIES.map(([name, kind]) => [
  `,${JSON.stringify(name)}:`,
  name,
  kind === 'strings' || kind === 'emails' ? '[]' : kind === 'address' ? '{}' : 'null',
]);

/** Characters JSON.stringify escapes: quote, backslash, controls, and surrogates (it escapes lone ones). */
// eslint-disable-next-line no-control-regex -- matching the control characters JSON escapes is the point
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A JSON string literal; text without characters to escape is quoted as it is (most values). */
const quote = (text: string): string => (NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`);

const valueText = (value: unknown, unset: string): string =>
  value === undefined || value === null ? unset : typeof value === 'string' ? quote(value) : JSON.stringify(value);

/**
 * The JSON text of `renderContact(contact, select, odataType)`. Every property (no `select`) is written here, in
 * renderContact's order: the versioning fields, then CONTACT_PROPERTIES with parentFolderId before birthday.
 */
export function contactJsonText(contact: StoredContact, select?: ReadonlySet<string>, odataType?: string): string {
  if (select) return JSON.stringify(renderContact(contact, select, odataType));
  const changeKey = quote(contact.changeKey);
  let text = odataType === undefined ? '{' : `{"@odata.type":${quote(odataType)},`;
  text += `"@odata.etag":${quote(`W/"${contact.changeKey}"`)},"id":${quote(contact.id)},"createdDateTime":${quote(contact.createdDateTime)}`;
  text += `,"lastModifiedDateTime":${quote(contact.lastModifiedDateTime)},"changeKey":${changeKey}`;
  const props = contact.props;
  for (const [prefix, name, unset] of PROPERTY_TEXT) {
    if (name === 'birthday') text += `,"parentFolderId":${quote(contact.folderId)}`;
    text += prefix + valueText(props[name], unset);
  }
  return `${text}}`;
}
