// Finds a postal address in signature lines: a line with a postal code in one of the known layouts
// (see postal-patterns.ts) gives the code and city; the street is the rest of that line or the line
// above it. Without any postal code, a "Street 12, District, City" line is taken with low confidence.

import type { PhysicalAddress } from '../../contact/contact.js';
import { countryCodeOf, writtenCountry } from './country-names.js';
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
/** A Japanese prefecture (東京都, 大阪府, 北海道, 神奈川県) or a Chinese province (广东省, 内蒙古自治区). */
const CJK_REGION = /^(?:.{2,3}?[都道府県]|.{2,8}?(?:省|自治区))/u;
/** City first, then ward (Tokyo's wards are municipalities), then town or village. */
const CJK_CITY_ENDS = ['市', '区區', '町村'];

/**
 * A CJK address's region and city: 大阪府大阪市北区 → 大阪府 + 大阪市, 東京都千代田区 → 東京都 + 千代田区,
 * 广东省深圳市南山区 → 广东省 + 深圳市. The city runs to its first city (else ward, town) character
 * before the first digit; the region, when written, comes first.
 */
function cjkCity(rest: string): { state?: string; city: string; street?: string } | undefined {
  const firstDigit = rest.search(/[0-9０-９]/u);
  const head = firstDigit < 0 ? rest : rest.slice(0, firstDigit);
  const region = CJK_REGION.exec(head)?.[0];
  const place = region === undefined || region.length >= head.length - 1 ? head : head.slice(region.length);
  const state = place === head ? undefined : region;
  for (const chars of CJK_CITY_ENDS) {
    const ends = [...chars].map((char) => place.indexOf(char)).filter((i) => i > 0);
    if (ends.length === 0) continue;
    const city = place.slice(0, Math.min(...ends) + 1);
    const street = rest.slice((state?.length ?? 0) + city.length).trim();
    return { ...(state === undefined ? {} : { state }), city, ...(street === '' ? {} : { street }) };
  }
  return undefined;
}
const HANGUL = /\p{Script=Hangul}/u;

function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** A Korean address's province (경기도) and city (서울특별시, 부산광역시, 성남시): words, not characters. */
function hangulCity(rest: string): { state?: string; city: string; street?: string } | undefined {
  const words = rest.split(/\s+/u);
  const at = words.findIndex((word) => /시$/u.test(word));
  if (at < 0) return undefined;
  const state = at > 0 && /도$/u.test(words[at - 1] ?? '') ? words[at - 1] : undefined;
  const street = words.slice(at + 1).join(' ');
  return { ...(state === undefined ? {} : { state }), city: words[at] ?? '', ...(street === '' ? {} : { street }) };
}

const SEPARATORS = /^[\s,·|•–-]+|[\s,·|•–-]+$/gu;
const LEADING_SYMBOLS = /^[\p{So}\p{Sk}\uFE0F\s]+/u;
const PO_BOX = /^(?:p\.?\s?o\.?\s?box|post(?:fach|bus|box)|case postale|casella postale|apartado|caixa postal|bp|cp)\b/iu;

export function hasStreetWord(text: string): boolean {
  return text.toLowerCase().split(/[\s,.]+/u).some((word) => STREET_WORDS.has(word) || [...STREET_WORDS].some((w) => w.length >= 5 && word.endsWith(w)));
}

function cleanCity(city: string): string {
  // "São Paulo - SP", "Roma RM", "Torino (TO)": the state or province code is not part of the city.
  return city.replace(/\s*\([^)]*\)\s*/gu, ' ').replace(/\s+(?:-\s+)?\p{Lu}{2}$/u, '').replace(SEPARATORS, '').trim();
}

function readLine(line: string, spec: PostalPattern): { city?: string; street?: string; postalCode: string; state?: string } | undefined {
  const match = spec.pattern.exec(line);
  if (match === null) return undefined;
  const postalCode = (match[spec.codeGroup] ?? '').trim();
  const start = match.index + match[0].indexOf(postalCode);
  // Pieces joined by " | " or " · " before the address (company, name) are not part of it.
  // "CH-1204 Genève", "D-70565 Stuttgart": the country letters before the code are not part of the street.
  const pieces = line.slice(0, spec.stateGroup === undefined ? start : match.index).replace(/\b[A-Z]{1,2}-$/u, '').replace(SEPARATORS, '').split(/\s+[|·•]\s+/u);
  const before = (pieces[pieces.length - 1] ?? '').replace(LEADING_SYMBOLS, '').replace(SEPARATORS, '');
  const state = spec.stateGroup === undefined ? undefined : match[spec.stateGroup];
  if (spec.city === 'cjk') {
    // The code opens (〒530-0001 …, (06236) …) or closes (… 100080, … (06236)) the address.
    const rest = `${line.slice(0, match.index)} ${line.slice(match.index + match[0].length)}`.replace(/^.*?[：:]/u, '').replace(/[\s,，]+$/u, '').trim();
    return { postalCode, ...(hasHangul(rest) ? hangulCity(rest) : cjkCity(rest)) };
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
    const text = (lines[n] ?? '').trim();
    if (skip.has(n)) return undefined;
    if (PO_BOX.test(text)) continue;
    if (!isStreetLine(text)) return undefined;
    return n;
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

/** The address part of a line that may open with other pieces: "Ann Lee | CEO | Hauptstraße 5 | 50667 Köln". */
function fromAddress(line: string, read: { street?: string | undefined; city?: string | undefined; postalCode: string }): string {
  const starts = [read.street, read.city, read.postalCode].map((part) => (part === undefined ? -1 : line.indexOf(part))).filter((i) => i >= 0);
  return starts.length === 0 ? line : line.slice(Math.min(...starts));
}

/**
 * `lines` are the block's lines; `skip` marks lines already used by phones, e-mails or websites, which
 * are read without those pieces.
 */
export function extractAddress(lines: readonly string[], skip: ReadonlySet<number>): FoundAddress | undefined {
  for (const [i, raw] of lines.entries()) {
    const full = skip.has(i) ? withoutContactPieces(raw) : raw;
    if (full === '' || full.length > 160) continue;
    const written = writtenCountry(full);
    const line = written === undefined || written.rest === '' ? full : written.rest;
    const cjk = hasCjk(line);
    for (const spec of POSTAL_PATTERNS) {
      if ((spec.city === 'cjk') !== cjk) continue;
      const read = readLine(line, spec);
      if (read === undefined) continue;
      const above = read.street === undefined && !cjk ? streetAbove(lines, i, skip) : undefined;
      const street = above === undefined ? read.street : lines[above]?.trim().replace(LEADING_SYMBOLS, '');
      const used = above === undefined ? [i] : [above, i];
      // The country on a line of its own under the city line: "80331 München" / "Deutschland".
      const below = written === undefined && countryCodeOf(lines[i + 1] ?? '') !== undefined && !skip.has(i + 1) ? i + 1 : undefined;
      const country = written?.rest === '' ? undefined : written?.name ?? (below === undefined ? undefined : lines[below]?.trim());
      if (below !== undefined) used.push(below);
      const text = used.map((n) => (n === i ? fromAddress(full, read) : lines[n])?.trim()).join(', ').replace(/ [|·•] /gu, ', ');
      return { ...read, street, ...(country === undefined ? {} : { countryOrRegion: country }), text, confidence: street === undefined ? 0.6 : 0.75, lines: used };
    }
  }
  return streetOnly(lines, skip) ?? cityAndCountry(lines, skip);
}

/** A "Street 12, District, City[, Country]" line without any postal code: low confidence. */
function streetOnly(lines: readonly string[], skip: ReadonlySet<number>): FoundAddress | undefined {
  for (const [i, line] of lines.entries()) {
    const segments = line.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const country = countryCodeOf(segments[segments.length - 1] ?? '') === undefined ? undefined : segments.pop();
    if (skip.has(i) || segments.length < 3 || line.length > 120 || !/\d/u.test(line) || !segments.slice(0, -1).some(hasStreetWord)) continue;
    const city = segments.pop() ?? '';
    return { street: segments.join(', '), city, ...(country === undefined ? {} : { countryOrRegion: country }), text: line.trim(), confidence: 0.4, lines: [i] };
  }
  return undefined;
}

const CITY_LINE = /^\p{Lu}[\p{L}'’.-]*(?: (?:de |del |da |do |la |am |an der |sur |upon )?\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * A "City, Country" or "City, Region, Country" line (or the last piece of a "… | City, Country" line)
 * without street or postal code: "Bogotá, Colombia", "Rosario, Santa Fe, Argentina". Lowest confidence.
 */
function cityAndCountry(lines: readonly string[], skip: ReadonlySet<number>): FoundAddress | undefined {
  for (const [i, line] of lines.entries()) {
    if (skip.has(i)) continue;
    const piece = line.split(/\s+[|·•]\s+/u).pop() ?? '';
    const written = writtenCountry(piece);
    if (written === undefined || !piece.includes(',')) continue;
    const parts = written.rest.split(/,\s*/u);
    const [city, state] = parts;
    if (city === undefined || parts.length > 2 || !parts.every((part) => CITY_LINE.test(part)) || hasStreetWord(written.rest)) continue;
    return { city, ...(state === undefined ? {} : { state }), countryOrRegion: written.name, text: piece.trim(), confidence: 0.4, lines: [i] };
  }
  return undefined;
}
