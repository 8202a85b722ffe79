// Reads a .vcf file's cards: vCard 3.0 and 4.0 through ical.js (RFC 7095 jCard out), vCard 2.1 and cards
// ical.js cannot read through the hand-written reader (quoted-printable, CHARSET, bare TYPE parameters).
// Mechanical: jCard is translated to the mapping's VCardProperty shape (names upper case, groups kept).
import ICAL from 'ical.js';
import { readVCards } from '../../core/mapping/read-vcard.js';
import type { ParsedVCard } from '../../core/mapping/read-vcard.js';
import type { VCardProperty } from '../../core/mapping/write-vcard.js';

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCard = ['vcard', JCardProperty[], unknown[]];

const CARD = /^BEGIN:VCARD\s*$[\s\S]*?^END:VCARD\s*$/gim;

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [String(value)]);
/** ical.js leaves `\;` and `\:` (written by Google and others, though RFC 6350 3.4 escapes only `\,` and `\n`) escaped. */
const unescaped = (text: string): string => text.replace(/\\([;:])/g, '$1');

function propertyOf([name, params, , ...values]: JCardProperty): VCardProperty {
  const { group, ...rest } = params;
  const upperParams = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key.toUpperCase(), asList(value)]));
  // A structured value (N, ADR, ORG) is one array of components; other properties list their values.
  const structured = values.length === 1 && Array.isArray(values[0]);
  const value = structured
    ? (values[0] as unknown[]).map((component) => asList(component).map(unescaped))
    : [values.map((item) => unescaped(typeof item === 'string' ? item : JSON.stringify(item)))];
  return { ...(typeof group === 'string' ? { group } : {}), name: name.toUpperCase(), params: upperParams, value };
}

function cardOf(jcard: JCard): ParsedVCard {
  const properties = jcard[1].map(propertyOf);
  const version = properties.find((property) => property.name === 'VERSION')?.value[0]?.[0];
  return { version: version === '4.0' || version === '3.0' ? version : undefined, properties: properties.filter((property) => property.name !== 'VERSION') };
}

function readOne(text: string): ParsedVCard[] {
  if (/^VERSION:\s*2\.1\s*$/im.test(text)) return readVCards(text);
  try {
    return [cardOf(ICAL.parse(text) as JCard)];
  } catch (error) {
    if (error instanceof Error) return readVCards(text);
    throw error;
  }
}

/** Every card in the file, in order; text outside BEGIN:VCARD … END:VCARD is skipped. */
export function readVCardFile(text: string): ParsedVCard[] {
  return (text.match(CARD) ?? []).flatMap(readOne);
}
