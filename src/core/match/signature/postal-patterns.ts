// Postal-code layouts of the countries we see in signatures, most specific first. Each says where
// the city sits relative to the code. Patterns are anchored on fixed-length pieces (no nested
// repetition), and they only ever run on short signature lines.

export interface PostalPattern {
  readonly name: string;
  readonly pattern: RegExp;
  /** Capture group holding the postal code. */
  readonly codeGroup: number;
  /** Capture group holding a state or province code, when the layout has one. */
  readonly stateGroup?: number;
  /** Whether the city is written before the code ("Seattle, WA 98101") or after it ("70565 Stuttgart"). */
  readonly city: 'before' | 'after' | 'cjk';
}

const CITY_WORD = "\\p{Lu}[\\p{L}'’./-]*";
/** A city of up to four words, with an optional district number ("Praha 1", "Genève 3"). */
/** A city of up to four words, with lower-case joining words ("Ciudad de México", "Frankfurt am Main"). */
const CITY_AFTER = `(${CITY_WORD}(?: (?:de |del |da |do |di |la |am |an der |sur |upon )?${CITY_WORD}){0,3}(?: \\d{1,2}\\b)?)`;
const LEAD = '(?:^|[\\s,·|•–])';

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia',
].join('|');

export const POSTAL_PATTERNS: readonly PostalPattern[] = [
  { name: 'jp', pattern: /〒\s?(\d{3}-\d{4})/u, codeGroup: 1, city: 'cjk' },
  { name: 'kr', pattern: /\((\d{5})\)/u, codeGroup: 1, city: 'cjk' },
  { name: 'cn', pattern: /(?:^|[^\d])(\d{6})\s*$/u, codeGroup: 1, city: 'cjk' },
  { name: 'us', pattern: /,?\s+([A-Z]{2})\s+(\d{5}(?:-\d{4})?)\b/u, codeGroup: 2, stateGroup: 1, city: 'before' },
  { name: 'us-state-name', pattern: new RegExp(`,\\s+(${US_STATES})\\s+(\\d{5}(?:-\\d{4})?)\\b`, 'u'), codeGroup: 2, stateGroup: 1, city: 'before' },
  { name: 'ca', pattern: /(?:,?\s+(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT))?\s+([A-Z]\d[A-Z] \d[A-Z]\d)\b/u, codeGroup: 2, stateGroup: 1, city: 'before' },
  { name: 'au', pattern: /\s(NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+(\d{4})\b/u, codeGroup: 2, stateGroup: 1, city: 'before' },
  { name: 'gb', pattern: /\b([A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b/u, codeGroup: 1, city: 'before' },
  { name: 'ie', pattern: /\b([AC-FHKNPRTV-Y]\d{2}|D6W) ([AC-FHKNPRTV-Y0-9]{4})\b/u, codeGroup: 0, city: 'before' },
  { name: 'ar', pattern: new RegExp(`${LEAD}([A-Z]\\d{4}[A-Z]{3}) ${CITY_AFTER}`, 'u'), codeGroup: 1, city: 'after' },
  { name: 'br', pattern: /\b(\d{5}-\d{3})\b/u, codeGroup: 1, city: 'before' },
  { name: 'pt', pattern: new RegExp(`${LEAD}(\\d{4}-\\d{3}) ${CITY_AFTER}`, 'u'), codeGroup: 1, city: 'after' },
  { name: 'pl', pattern: new RegExp(`${LEAD}(\\d{2}-\\d{3}) ${CITY_AFTER}`, 'u'), codeGroup: 1, city: 'after' },
  { name: 'se', pattern: new RegExp(`${LEAD}(\\d{3} \\d{2}) ${CITY_AFTER}`, 'u'), codeGroup: 1, city: 'after' },
  { name: 'nl', pattern: new RegExp(`${LEAD}(\\d{4} ?[A-Z]{2}) ${CITY_AFTER}`, 'u'), codeGroup: 1, city: 'after' },
  { name: 'in', pattern: /\s(\d{6})\s*$/u, codeGroup: 1, city: 'before' },
  { name: 'eu5', pattern: new RegExp(`${LEAD}(?:[A-Z]{1,2}-)?(\\d{5}) ${CITY_AFTER}`, 'u'), codeGroup: 1, city: 'after' },
  { name: 'eu4', pattern: new RegExp(`${LEAD}(?:[A-Z]{1,2}-)?(\\d{4}) ${CITY_AFTER}`, 'u'), codeGroup: 1, city: 'after' },
];
