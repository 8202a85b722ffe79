// Runs the vCard table: a contact to its vCard properties (FN first: it is required in both versions), and
// parsed properties back to ContactFields through the same table (import). FN falls back on the name parts,
// the company or the first e-mail address when the contact has no display name.
import type { ContactFields } from '../contact/contact.js';
import { finishDraft } from './contact-draft.js';
import type { ContactDraft } from './contact-draft.js';
import { VCARD_RULES } from './presets/vcard-rules.js';
import { firstValue } from './vcard-rule.js';
import { vcardText } from './write-vcard.js';
import type { VCardProperty, VCardVersion } from './write-vcard.js';

/** The formatted name vCard requires (RFC 6350 6.2.1, RFC 2426 3.1.1). */
export function formattedNameOf(fields: ContactFields): string {
  const parts = [fields.givenName, fields.middleName, fields.surname].filter((part) => part !== undefined && part !== '');
  return fields.displayName || parts.join(' ') || fields.companyName || fields.emailAddresses?.[0]?.address || '';
}

export interface VCardIdentity {
  /** A stable id for the card (UID): the contact's own id, so a re-export names the same card. */
  readonly uid?: string;
}

/** The properties of one contact, in the table's order. */
export function vcardPropertiesOf(fields: ContactFields, version: VCardVersion, identity: VCardIdentity = {}): VCardProperty[] {
  const properties: VCardProperty[] = [{ name: 'FN', value: [[formattedNameOf(fields)]] }];
  for (const rule of VCARD_RULES) if (rule.versions.includes(version)) properties.push(...rule.write(fields, version));
  if (identity.uid !== undefined) properties.push({ name: 'UID', value: [[identity.uid]] });
  return properties;
}

/** One contact as vCard text of the given version. */
export function vcardOf(fields: ContactFields, version: VCardVersion, identity: VCardIdentity = {}): string {
  return vcardText(vcardPropertiesOf(fields, version, identity), version);
}

/** The contact that parsed properties describe (names upper case); properties the table does not know are ignored. */
export function contactFromVCardProperties(properties: readonly VCardProperty[]): ContactFields {
  const draft: ContactDraft = {};
  for (const property of properties) {
    if (property.name === 'FN') {
      if (firstValue(property) !== '') draft.displayName = firstValue(property);
      continue;
    }
    for (const rule of VCARD_RULES) if (rule.name === property.name) rule.read(property, draft);
  }
  return finishDraft(draft);
}
