// Reads a .vcf file's cards: vCard 3.0 and 4.0 through ical.js's parser, vCard 2.1 (quoted-printable, CHARSET,
// bare TYPE parameters) and cards ical.js refuses through the hand-written reader. ical.js reads the content
// lines (unfolding, groups, quoted parameters, nesting); the values are decoded by our table (decodeVCardValue),
// because ical.js 2.2 leaves `\;` escaped in text, splits `\\;` in a structured value as an escaped
// separator, and leaves extension properties (X-…) raw. So the parse runs with a design set that keeps every
// value raw, registered under a component name of our own.
import ICAL from 'ical.js';
import { decodeVCardValue, readVCards } from '../../core/mapping/read-vcard.js';
import type { ParsedVCard } from '../../core/mapping/read-vcard.js';
import type { VCardProperty } from '../../core/mapping/write-vcard.js';

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCardComponent = [string, JCardProperty[], unknown[]];

const RAW_COMPONENT = 'x-contact-bridge-raw-vcard';
/** TYPE is the one parameter vCard repeats (`type=CELL;type=VOICE`): declared multi-valued, so ical.js keeps every value. */
const RAW_DESIGN_SET = { name: 'contact-bridge-raw', value: {}, param: { type: { multiValue: ',' } }, property: {}, propertyGroups: true };
(ICAL.design.components as Record<string, unknown>)[RAW_COMPONENT] = RAW_DESIGN_SET;

const CARD = /^BEGIN:VCARD[ \t]*\r?$[\s\S]*?^END:VCARD[ \t]*\r?$/gim;

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : [String(value)]);

function propertyOf([name, params, type, ...values]: JCardProperty): VCardProperty {
  const { group, ...rest } = params;
  const upperParams: Record<string, string[]> = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key.toUpperCase(), asList(value)]));
  // ical.js moves VALUE=… into the value type: put it back.
  if (type !== 'unknown') upperParams.VALUE = [type];
  const upper = name.toUpperCase();
  return { ...(typeof group === 'string' ? { group } : {}), name: upper, params: upperParams, value: decodeVCardValue(upper, String(values[0] ?? '')) };
}

function cardOf(component: JCardComponent): ParsedVCard {
  const properties = component[1].map(propertyOf);
  const version = properties.find((property) => property.name === 'VERSION')?.value[0]?.[0];
  return { version: version === '4.0' || version === '3.0' ? version : undefined, properties: properties.filter((property) => property.name !== 'VERSION') };
}

function readOne(text: string): ParsedVCard[] {
  if (/^VERSION:[ \t]*2\.1[ \t]*\r?$/im.test(text)) return readVCards(text);
  const renamed = text.replace(/^(BEGIN|END):VCARD/gim, `$1:${RAW_COMPONENT}`);
  try {
    return [cardOf(ICAL.parse(renamed) as JCardComponent)];
  } catch (error) {
    if (error instanceof Error) return readVCards(text);
    throw error;
  }
}

/** Every card in the file, in order; text outside BEGIN:VCARD … END:VCARD is skipped. */
export function readVCardFile(text: string): ParsedVCard[] {
  return (text.match(CARD) ?? []).flatMap(readOne);
}
