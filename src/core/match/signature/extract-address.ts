// Finds a postal address in signature lines: a line with a postal code in one of the known layouts
// (see postal-patterns.ts) gives the code and city; the street is the rest of that line or the line
// above it. Without any postal code, a "Street 12, District, City" line is taken with low confidence.

import type { PhysicalAddress } from '../../contact/contact.js';
import { POSTAL_PATTERNS, type PostalPattern } from './postal-patterns.js';
import { hasCjk } from './role-lexicon.js';

export interface FoundAddress extends PhysicalAddress {
  /** The address lines as written, joined with ", ". */
  readonly text: string;
  readonly confidence: number;
  /** Block line indexes the address was read from. */
  readonly lines: readonly number[];
}

const STREET_WORDS = new Set([
  'avenue', 'ave', 'street', 'st', 'road', 'rd', 'blvd', 'boulevard', 'lane', 'ln', 'drive', 'dr', 'way', 'place', 'pl',
  'plaza', 'square', 'sq', 'court', 'ct', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'floor', 'suite', 'ste',
  'unit', 'level', 'building', 'row', 'works', 'house', 'straße', 'strasse', 'str', 'weg', 'gasse', 'platz', 'allee',
  'ring', 'damm', 'ufer', 'rue', 'chemin', 'bd', 'quai', 'impasse', 'allée', 'calle', 'c', 'avenida', 'av', 'paseo',
  'plaza', 'carrera', 'rua', 'travessa', 'largo', 'praça', 'via', 'viale', 'piazza', 'corso', 'laan', 'straat',
  'gracht', 'plein', 'kade', 'ul', 'aleja', 'vägen', 'gatan', 'vej', 'gade', 'veien', 'gata', 'piso', 'bureau', 'apt',
]);
/** Ward first, then city, then town or village: the most precise unit that names a place. */
const CJK_CITY_ENDS = ['区區', '市', '町村郡'];

/** A CJK address's city part: up to the last ward (else city, town) character before the first digit. */
function cjkCity(rest: string): string | undefined {
  const firstDigit = rest.search(/[0-9０-９]/u);
  const head = firstDigit < 0 ? rest : rest.slice(0, firstDigit);
  for (const chars of CJK_CITY_ENDS) {
    const end = Math.max(...[...chars].map((char) => head.lastIndexOf(char)));
    if (end >= 0) return head.slice(0, end + 1);
  }
  return undefined;
}
const SEPARATORS = /^[\s,·|•–-]+|[\s,·|•–-]+$/gu;
const LEADING_SYMBOLS = /^[\p{So}\p{Sk}\uFE0F\s]+/u;
const PO_BOX = /^(?:p\.?\s?o\.?\s?box|post(?:fach|bus|box)|case postale|casella postale|apartado|caixa postal|bp|cp)\b/iu;

export function hasStreetWord(text: string): boolean {
  return text.toLowerCase().split(/[\s,.]+/u).some((word) => STREET_WORDS.has(word) || [...STREET_WORDS].some((w) => w.length >= 5 && word.endsWith(w)));
}

function cleanCity(city: string): string {
  return city.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+-\s+\p{Lu}{2}$/u, '').replace(SEPARATORS, '').trim();
}

function readLine(line: string, spec: PostalPattern): { city?: string; street?: string; postalCode: string; state?: string } | undefined {
  const match = spec.pattern.exec(line);
  if (match === null) return undefined;
  const postalCode = (match[spec.codeGroup] ?? '').trim();
  const start = match.index + match[0].indexOf(postalCode);
  // Pieces joined by " | " or " · " before the address (company, name) are not part of it.
  const pieces = line.slice(0, spec.stateGroup === undefined ? start : match.index).replace(SEPARATORS, '').split(/\s+[|·•]\s+/u);
  const before = (pieces[pieces.length - 1] ?? '').replace(LEADING_SYMBOLS, '').replace(SEPARATORS, '');
  const state = spec.stateGroup === undefined ? undefined : match[spec.stateGroup];
  if (spec.city === 'cjk') {
    const rest = (spec.name === 'jp' ? line.slice(start + postalCode.length) : line.slice(0, start)).replace(/^.*?[：:]/u, '').trim();
    const city = cjkCity(rest);
    return { postalCode, ...(city === undefined ? {} : { city, street: rest.slice(city.length).trim() || undefined }) };
  }
  if (spec.city === 'after') {
    const city = match[spec.codeGroup + 1];
    if (city === undefined || hasStreetWord(city)) return undefined;
    return { postalCode, city: cleanCity(city), street: before || undefined };
  }
  const segments = before.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const city = segments.pop();
  if (city === undefined) return undefined;
  return { postalCode, city: cleanCity(city), ...(state === undefined ? {} : { state }), street: segments.join(', ') || undefined };
}

function isStreetLine(line: string | undefined): boolean {
  return line !== undefined && line.length <= 80 && (/\d/u.test(line) || hasStreetWord(line));
}

/** The line above a postal-code line that holds the street, passing over a PO box line. */
function streetAbove(lines: readonly string[], i: number, skip: ReadonlySet<number>): number | undefined {
  for (let n = i - 1; n >= Math.max(0, i - 2); n -= 1) {
    if (skip.has(n) || !isStreetLine(lines[n])) return undefined;
    if (!PO_BOX.test((lines[n] ?? '').trim())) return n;
  }
  return undefined;
}

/** A line that also holds phones or links, without those pieces: "Via Roma 5 - 10122 Torino - Tel. 011…". */
function withoutContactPieces(line: string): string {
  return line
    .split(/\s+[|·•–-]\s+/u)
    .filter((piece) => !/@|https?:|www\./iu.test(piece) && (piece.match(/\d/gu)?.length ?? 0) < 6)
    .join(' | ');
}

/**
 * `lines` are the block's lines; `skip` marks lines already used by phones, e-mails or websites, which
 * are read without those pieces.
 */
export function extractAddress(lines: readonly string[], skip: ReadonlySet<number>): FoundAddress | undefined {
  for (const [i, raw] of lines.entries()) {
    const line = skip.has(i) ? withoutContactPieces(raw) : raw;
    if (line === '' || line.length > 160) continue;
    const cjk = hasCjk(line);
    for (const spec of POSTAL_PATTERNS) {
      if ((spec.city === 'cjk') !== cjk) continue;
      const read = readLine(line, spec);
      if (read === undefined) continue;
      const above = read.street === undefined && !cjk ? streetAbove(lines, i, skip) : undefined;
      const street = above === undefined ? read.street : lines[above]?.trim().replace(LEADING_SYMBOLS, '');
      const used = above === undefined ? [i] : [above, i];
      const text = used.map((n) => (n === i ? line : lines[n])?.trim()).join(', ').replace(/ [|·•] /gu, ', ');
      return { ...read, street, text, confidence: street === undefined ? 0.6 : 0.75, lines: used };
    }
  }
  return streetOnly(lines, skip);
}

/** Country names that close an address line; a short list of the ones written in English signatures. */
const COUNTRY_NAMES = new Set(['uae', 'u.a.e.', 'united arab emirates', 'usa', 'u.s.a.', 'united states', 'uk', 'united kingdom', 'chile', 'singapore', 'hong kong', 'qatar', 'saudi arabia', 'ksa', 'bahrain', 'oman', 'kuwait', 'egypt', 'india', 'germany', 'france', 'spain', 'italy', 'netherlands', 'mexico', 'colombia', 'peru', 'argentina', 'brazil', 'china', 'japan']);

/** A "Street 12, District, City[, Country]" line without any postal code: low confidence. */
function streetOnly(lines: readonly string[], skip: ReadonlySet<number>): FoundAddress | undefined {
  for (const [i, line] of lines.entries()) {
    const segments = line.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const country = COUNTRY_NAMES.has((segments[segments.length - 1] ?? '').toLowerCase()) ? segments.pop() : undefined;
    if (skip.has(i) || segments.length < 3 || line.length > 120 || !/\d/u.test(line) || !segments.slice(0, -1).some(hasStreetWord)) continue;
    const city = segments.pop() ?? '';
    return { street: segments.join(', '), city, ...(country === undefined ? {} : { countryOrRegion: country }), text: line.trim(), confidence: 0.4, lines: [i] };
  }
  return undefined;
}
