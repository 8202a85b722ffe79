// Runs a vCard mapping document (the version's preset unless another is given): a contact to its vCard
// properties (FN first: it is required in both versions), and parsed properties back to ContactFields.
import type { ContactFields } from '../contact/contact.js';
import { finishDraft } from './contact-draft.js';
import type { ContactDraft } from './contact-draft.js';
import { fullNameOf } from './document/full-name.js';
import type { VCardMappingDocument } from './document/mapping-document.js';
import { readVCardThrough } from './document/read-vcard-document.js';
import { vcardPropertiesThrough } from './document/write-vcard-document.js';
import { VCARD_40_MAPPING, vcardMappingFor } from './presets/vcard-mapping.js';
import { vcardText } from './write-vcard.js';
import type { VCardProperty, VCardVersion } from './write-vcard.js';

/** The formatted name vCard requires (RFC 6350 6.2.1, RFC 2426 3.1.1). */
export const formattedNameOf = fullNameOf;

export interface VCardIdentity {
  /** A stable id for the card (UID): the contact's own id, so a re-export names the same card. */
  readonly uid?: string;
}

/** The properties of one contact, in the document's order, UID last. */
export function vcardPropertiesOf(fields: ContactFields, version: VCardVersion, identity: VCardIdentity = {}, document = vcardMappingFor(version)): VCardProperty[] {
  const properties = vcardPropertiesThrough(document, fields, version);
  if (identity.uid !== undefined) properties.push({ name: 'UID', value: [[identity.uid]] });
  return properties;
}

/** One contact as vCard text of the given version. */
export function vcardOf(fields: ContactFields, version: VCardVersion, identity: VCardIdentity = {}, document = vcardMappingFor(version)): string {
  return vcardText(vcardPropertiesOf(fields, version, identity, document), version);
}

/** The contact that parsed properties describe (names upper case); properties the document does not know are ignored. */
export function contactFromVCardProperties(properties: readonly VCardProperty[], document: VCardMappingDocument = VCARD_40_MAPPING): ContactFields {
  const draft: ContactDraft = {};
  readVCardThrough(document, properties, draft);
  return finishDraft(draft);
}
