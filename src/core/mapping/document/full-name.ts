// The `full-name` transform: a contact's name joined into one text (vCard FN, a `Name` column), and a full
// name read back: the display name, and the name parts split from it when the file gives none.
import type { ContactFields } from '../../contact/contact.js';
import { parseDisplayName } from '../../match/parse-display-name.js';
import type { ContactDraft } from '../contact-draft.js';

/** The formatted name vCard requires (RFC 6350 6.2.1, RFC 2426 3.1.1): display name, else parts, company, address. */
export function fullNameOf(fields: ContactFields): string {
  const parts = [fields.givenName, fields.middleName, fields.surname].filter((part) => part !== undefined && part !== '');
  return fields.displayName || parts.join(' ') || fields.companyName || fields.emailAddresses?.[0]?.address || '';
}

/** Reads a full name as the display name. Name parts are split from it later (splitNameParts), once the record is read. */
export function readFullName(draft: ContactDraft, text: string): undefined {
  if (draft.displayName === undefined || draft.displayName === '') draft.displayName = text;
  return undefined;
}

/** Given, middle and surname split from the display name when the record gave no name part at all. */
export function splitNameParts(draft: ContactDraft): void {
  if (draft.displayName === undefined || draft.givenName || draft.middleName || draft.surname) return;
  const parts = parseDisplayName(draft.displayName);
  if (parts.givenName) draft.givenName = parts.givenName;
  if (parts.middleName) draft.middleName = parts.middleName;
  if (parts.surname) draft.surname = parts.surname;
}
