// Reads vCard 3.0 and 4.0 text into the mapping's VCardProperty shape: lines unfolded (RFC 6350 3.2, RFC 2426
// 2.6), property groups kept apart from the name, parameters split outside quotes, and values split into components (N, ADR,
// ORG) or list items (CATEGORIES, NICKNAME) only at separators that are not escaped, then unescaped (3.4).
import { decodeQuotedPrintable, joinSoftLineBreaks } from './quoted-printable.js';
import { COMPOUND_PROPERTIES as COMPOUND } from './write-vcard.js';
import type { VCardProperty, VCardVersion } from './write-vcard.js';

/** The versions a card can be read in: vCard 2.1 (quoted-printable values, bare TYPE parameters) too. */
export type ReadVCardVersion = VCardVersion | '2.1';

export interface ParsedVCard {
  readonly version: ReadVCardVersion | undefined;
  readonly properties: readonly VCardProperty[];
}

/** Properties whose value is a list separated by `,`. */
const LISTS = new Set(['CATEGORIES', 'NICKNAME']);

/** Splits at `separator` where it is neither escaped by a backslash nor (when `quotes`) inside double quotes. */
function splitUnescaped(text: string, separator: string, quotes = false): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '\\' && !quotes) {
      current += char + (text[index + 1] ?? '');
      index += 1;
    } else if (char === '"' && quotes) {
      quoted = !quoted;
      current += char;
    } else if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function unescapeValue(text: string): string {
  return text.replace(/\\(.)/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/**
 * A property's value text (after the `:`) split into components (N, ADR, ORG) or list items (CATEGORIES,
 * NICKNAME) at unescaped separators, then unescaped (RFC 6350 3.4, RFC 2426 4: `\\`, `\,`, `\;`, `\n`; any other
 * escaped character stands for itself, as Google's `\:`).
 */
export function decodeVCardValue(name: string, raw: string): string[][] {
  const components = COMPOUND.has(name) ? splitUnescaped(raw, ';') : [raw];
  return components.map((component) => (COMPOUND.has(name) || LISTS.has(name) ? splitUnescaped(component, ',') : [component]).map(unescapeValue));
}

/** The index of the `:` that ends the name and parameters (a `:` inside a quoted parameter value does not). */
function valueStart(line: string): number {
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    if (line[index] === '"') quoted = !quoted;
    else if (line[index] === ':' && !quoted) return index;
  }
  return -1;
}

function propertyOf(line: string): VCardProperty | undefined {
  const colon = valueStart(line);
  if (colon < 0) return undefined;
  const [head = '', ...rawParams] = splitUnescaped(line.slice(0, colon), ';', true);
  const dot = head.lastIndexOf('.');
  const name = head.slice(dot + 1).toUpperCase();
  const group = dot > 0 ? head.slice(0, dot) : undefined;
  const params: Record<string, string[]> = {};
  for (const param of rawParams) {
    const [key = '', value] = param.split(/=(.*)/s);
    // vCard 2.1 style `TEL;WORK:` parameters without a name are TYPE values.
    const values = value === undefined ? [key] : splitUnescaped(value, ',', true).map((item) => item.replace(/^"|"$/g, ''));
    const upper = value === undefined ? 'TYPE' : key.toUpperCase();
    params[upper] = [...(params[upper] ?? []), ...values];
  }
  const encoded = line.slice(colon + 1);
  const qp = (params.ENCODING ?? []).some((value) => value.toUpperCase() === 'QUOTED-PRINTABLE') || (params.TYPE ?? []).some((value) => value.toUpperCase() === 'QUOTED-PRINTABLE');
  const raw = qp ? decodeQuotedPrintable(encoded, params.CHARSET?.[0]).replace(/\r\n?/g, '\n') : encoded;
  const value = decodeVCardValue(name, raw);
  return { ...(group === undefined ? {} : { group }), name, params, value };
}

/** Every card in `text`, in order. Lines outside BEGIN:VCARD … END:VCARD and lines without a value are skipped. */
export function readVCards(text: string): ParsedVCard[] {
  const lines = joinSoftLineBreaks(text.replace(/\r\n[ \t]|\n[ \t]|\r[ \t]/g, '').split(/\r\n|\n|\r/));
  const cards: ParsedVCard[] = [];
  let current: VCardProperty[] | undefined;
  let version: ReadVCardVersion | undefined;
  for (const line of lines) {
    const property = propertyOf(line);
    if (property === undefined) continue;
    const first = property.value[0]?.[0]?.toUpperCase();
    if (property.name === 'BEGIN' && first === 'VCARD') [current, version] = [[], undefined];
    else if (property.name === 'END' && first === 'VCARD' && current !== undefined) {
      cards.push({ version, properties: current });
      current = undefined;
    } else if (property.name === 'VERSION') version = first === '4.0' || first === '3.0' || first === '2.1' ? first : undefined;
    else current?.push(property);
  }
  return cards;
}
