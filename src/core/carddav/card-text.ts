// A card's text as the pairing reads and writes it through the pairing's vCard mapping. Writing keeps every
// property the mapping does not know exactly as the card had it (another client's data is never dropped by our
// writes), replaces the mapped ones, and stamps REV (RFC 6350 6.7.4). `projectFields` is what survives a round
// trip through the mapping: the pairing compares and merges only those fields.
import type { ContactFields } from '../contact/contact.js';
import { contactFromVCardProperties } from '../mapping/apply-vcard-mapping.js';
import type { VCardMappingDocument } from '../mapping/document/mapping-document.js';
import { vcardPropertiesThrough } from '../mapping/document/write-vcard-document.js';
import { readVCards } from '../mapping/read-vcard.js';
import { vcardText } from '../mapping/write-vcard.js';
import type { VCardProperty, VCardVersion } from '../mapping/write-vcard.js';
import { parseIsoTimestamp } from '../sync/iso-timestamp.js';
import type { Uid } from './card-link.js';

export interface CardMapping {
  readonly document: VCardMappingDocument;
  readonly version: VCardVersion;
}

export interface ReadCard {
  readonly uid: Uid | undefined;
  readonly fields: ContactFields;
  /** Milliseconds since the epoch of the card's REV, when it has a readable one. */
  readonly revisedAt: number | undefined;
  readonly properties: readonly VCardProperty[];
}

/** Properties our writes always set themselves. */
const OWN = new Set(['UID', 'REV', 'VERSION']);

const baseName = (property: string): string => (property.split(';')[0] ?? '').split('.').pop()?.toUpperCase() ?? '';

function knownNames(document: VCardMappingDocument): ReadonlySet<string> {
  return new Set([...document.rules.map((rule) => baseName(rule.property)), 'FN', 'N']);
}

/** REV as `20260101T120000Z`, `2026-01-01T12:00:00Z` or a date; undefined when unreadable. */
export function revisionTime(text: string | undefined): number | undefined {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?Z?)?$/.exec(text?.trim() ?? '');
  if (match === null) return undefined;
  const [, y = '', mo = '', d = '', h = '00', mi = '00', s = '00'] = match;
  const at = parseIsoTimestamp(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(at) ? undefined : at;
}

/** `at` as a basic-format UTC timestamp (RFC 6350 4.3.5), from its digits (Howard Hinnant's civil_from_days). */
export function revText(at: number): string {
  const days = Math.floor(at / 86_400_000);
  const seconds = Math.floor((at - days * 86_400_000) / 1000);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}${two(month)}${two(day)}T${two(Math.floor(seconds / 3600))}${two(Math.floor(seconds / 60) % 60)}${two(seconds % 60)}Z`;
}

/** The first card in `text` (undefined when there is none), read through the mapping. */
export function readCard(text: string, mapping: CardMapping): ReadCard | undefined {
  const card = readVCards(text)[0];
  if (card === undefined) return undefined;
  const value = (name: string): string | undefined => card.properties.find((property) => property.name === name)?.value[0]?.[0];
  const uid = value('UID');
  return {
    uid: uid === undefined || uid === '' ? undefined : (uid as Uid),
    fields: contactFromVCardProperties(card.properties, mapping.document),
    revisedAt: revisionTime(value('REV')),
    properties: card.properties,
  };
}

/** The card for `fields`: the mapped properties, then the previous card's unknown properties as they were, then REV and UID. */
export function writeCard(fields: ContactFields, uid: Uid, mapping: CardMapping, at: number, previous: readonly VCardProperty[] = []): string {
  const known = knownNames(mapping.document);
  const mapped = vcardPropertiesThrough(mapping.document, fields, mapping.version);
  const written = new Set(mapped.map((property) => property.name));
  // A known property the mapping cannot read (a birthday without a year) stays too, unless we write that property.
  const readsNothing = (property: VCardProperty): boolean => Object.keys(contactFromVCardProperties([property], mapping.document)).length === 0;
  const kept = previous.filter((property) => !OWN.has(property.name) && (!known.has(property.name) || (!written.has(property.name) && readsNothing(property))));
  return vcardText([...mapped, ...kept, { name: 'REV', value: [[revText(at)]] }, { name: 'UID', value: [[uid]] }], mapping.version);
}

/** The fields as they come back after a write and a read through the mapping. */
export function projectFields(fields: ContactFields, mapping: CardMapping): ContactFields {
  return contactFromVCardProperties(vcardPropertiesThrough(mapping.document, fields, mapping.version), mapping.document);
}
