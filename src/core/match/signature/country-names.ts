// Country names as signatures write them (English, the country's own languages, common abbreviations),
// mapped to ISO 3166-1 alpha-2. The written form goes into the address's countryOrRegion; the code
// lets the phone finder read national numbers with the country of the signature's own address.

import { nameTokens } from '../../contact/normalize-name.js';

const NAMES: Readonly<Record<string, string>> = {
  US: 'usa|us|u.s.a.|u.s.|united states|united states of america|estados unidos|états-unis|vereinigte staaten',
  GB: 'uk|u.k.|united kingdom|great britain|england|scotland|wales|northern ireland|royaume-uni|reino unido|vereinigtes königreich',
  IE: 'ireland|éire|eire|republic of ireland|irlanda|irlande|irland',
  CA: 'canada|kanada',
  AU: 'australia|australien|australie',
  NZ: 'new zealand|aotearoa',
  DE: 'germany|deutschland|allemagne|alemania|alemanha|germania|duitsland|niemcy',
  AT: 'austria|österreich|autriche',
  CH: 'switzerland|schweiz|suisse|svizzera|suiza|suíça',
  FR: 'france|frankreich|francia|frança|frankrijk',
  BE: 'belgium|belgique|belgië|belgie|belgien|bélgica',
  NL: 'netherlands|the netherlands|nederland|holland|pays-bas|niederlande|países bajos',
  LU: 'luxembourg|luxemburg',
  ES: 'spain|españa|espagne|spanien|espanha|spagna',
  PT: 'portugal',
  IT: 'italy|italia|italie|italien',
  PL: 'poland|polska|pologne|polen',
  CZ: 'czech republic|czechia|česká republika|česko',
  SK: 'slovakia|slovensko',
  HU: 'hungary|magyarország',
  RO: 'romania|românia',
  GR: 'greece|ελλάδα|hellas',
  SE: 'sweden|sverige|suède|schweden',
  NO: 'norway|norge|norvège|norwegen',
  DK: 'denmark|danmark|dänemark',
  FI: 'finland|suomi|finnland',
  IS: 'iceland|ísland',
  TR: 'turkey|türkiye|turkiye',
  RU: 'russia|россия|russian federation',
  UA: 'ukraine|україна',
  IL: 'israel',
  AE: 'uae|u.a.e.|united arab emirates|الإمارات',
  SA: 'saudi arabia|ksa|kingdom of saudi arabia',
  QA: 'qatar',
  BH: 'bahrain',
  OM: 'oman',
  KW: 'kuwait',
  EG: 'egypt|مصر',
  ZA: 'south africa',
  NG: 'nigeria',
  KE: 'kenya',
  MA: 'morocco|maroc',
  IN: 'india|bharat',
  PK: 'pakistan',
  SG: 'singapore',
  MY: 'malaysia',
  ID: 'indonesia',
  TH: 'thailand',
  VN: 'vietnam|viet nam',
  PH: 'philippines',
  CN: 'china|prc|p.r. china|p.r.c.|中国|中华人民共和国|中國',
  HK: 'hong kong|香港',
  TW: 'taiwan|台灣|台湾',
  JP: 'japan|日本|japon',
  KR: 'south korea|korea|republic of korea|대한민국|한국',
  MX: 'mexico|méxico|mexique',
  BR: 'brazil|brasil|brésil|brasilien',
  AR: 'argentina',
  CL: 'chile',
  CO: 'colombia',
  PE: 'peru|perú',
  UY: 'uruguay',
  EC: 'ecuador',
  VE: 'venezuela',
  CR: 'costa rica',
  PA: 'panama|panamá',
};

/** The comparable form of a country name: folded words joined, "U.S.A." → "usa", "España" → "espana". */
function key(text: string): string {
  return nameTokens(text.replace(/\./gu, '')).join(' ');
}

const BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(NAMES).flatMap(([code, names]) => names.split('|').map((name) => [key(name), code] as const)),
);
/** Country names longer than this are not looked up. */
const MAX_COUNTRY_CHARS = 40;

/** The ISO code of a text that is exactly a country name ("Deutschland" → DE), else undefined. */
export function countryCodeOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_COUNTRY_CHARS) return undefined;
  // "US" and "UK" count only in capitals: as lower-case words they are English.
  if (/^(?:us|uk)$/iu.test(trimmed) && trimmed !== trimmed.toUpperCase()) return undefined;
  return BY_NAME.get(key(trimmed));
}

/** Countries that open a CJK address ("中国上海市…", "日本〒…"). */
const CJK_LEADING = ['中华人民共和国', '中国', '中國', '日本', '대한민국', '한국'];

export interface WrittenCountry {
  /** The country as written. */
  readonly name: string;
  readonly code: string;
  /** The line without the country and the separator before it. */
  readonly rest: string;
}

/** Words that name a street or square after them ("Avenue Canada", "Plaza España"): not an address's country. */
const STREET_BEFORE = /^(?:avenue|av|avenida|street|st|boulevard|bd|blvd|rue|calle|c|road|rd|place|plaza|praça|platz|via|viale|piazza|rua|straße|strasse|ul|square)\.?$/iu;

/**
 * "New York, NY 10041 USA", "6020 Innsbruck Österreich": a country of one to three words after an
 * address line with digits, without a separator; not after a joining word ("Avenue de France") or a street word.
 */
function trailingCountry(text: string): WrittenCountry | undefined {
  if (!/\d/u.test(text)) return undefined;
  const words = text.split(/\s+/u);
  for (let count = 1; count <= 3 && count < words.length; count += 1) {
    const name = words.slice(-count).join(' ');
    const code = countryCodeOf(name);
    const previous = words[words.length - count - 1] ?? '';
    if (code === undefined || !/^[\p{Lu}\d]/u.test(previous) || STREET_BEFORE.test(previous)) continue;
    const rest = words.slice(0, -count).join(' ');
    if (/\d/u.test(rest)) return { name, code, rest };
  }
  return undefined;
}

/**
 * The country that ends a line ("…, 75001 Paris, France", "… · Deutschland", "Mumbai – 400021, India"),
 * opens a CJK address line, or is the whole line.
 */
export function writtenCountry(line: string): WrittenCountry | undefined {
  const text = line.trim();
  const whole = countryCodeOf(text);
  if (whole !== undefined) return { name: text, code: whole, rest: '' };
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(' · '), text.lastIndexOf(' | '), text.lastIndexOf(' - '), text.lastIndexOf(' – '), text.lastIndexOf('，'));
  if (cut > 0) {
    const name = text.slice(cut + 1).replace(/^[\s·|–-]+/u, '').trim();
    const code = countryCodeOf(name);
    if (code !== undefined) return { name, code, rest: text.slice(0, cut).trim() };
  }
  // "08007 Barcelona (España)"
  const bracketed = /^(.*\S)\s*\(([^()]{2,40})\)$/u.exec(text);
  const inBrackets = bracketed === null ? undefined : countryCodeOf(bracketed[2] ?? '');
  if (bracketed !== null && inBrackets !== undefined) return { name: (bracketed[2] ?? '').trim(), code: inBrackets, rest: (bracketed[1] ?? '').trim() };
  const unseparated = trailingCountry(text);
  if (unseparated !== undefined) return unseparated;
  const body = text.replace(/^.{0,6}?[：:]\s*/u, '');
  const leading = CJK_LEADING.find((country) => body.startsWith(country) && !body.startsWith(`${country}人`));
  if (leading !== undefined) return { name: leading, code: countryCodeOf(leading) ?? '', rest: text.replace(leading, '').trim() };
  return undefined;
}
