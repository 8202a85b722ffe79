// Writes vCard text from properties, by the rules of RFC 6350 (vCard 4.0) and RFC 2426 (vCard 3.0): values
// escaped (3.4 / 2426 section 4), parameters quoted when needed (RFC 6350 5), lines ending in CRLF and folded
// so that no line is longer than 75 octets of UTF-8, never inside a character (RFC 6350 3.2).

export type VCardVersion = '4.0' | '3.0';

/** One content line before escaping: `value` holds its components (N and ADR have several), each a list. */
export interface VCardProperty {
  /** The group of a grouped property (`item1` of `item1.EMAIL`), as read; written back only on properties passed through as read. */
  readonly group?: string;
  /** Upper case, e.g. `EMAIL`, `X-PHONETIC-FIRST-NAME`. */
  readonly name: string;
  /** Parameter names upper case (`TYPE`), values as written. */
  readonly params?: Readonly<Record<string, readonly string[]>>;
  /** Components separated by `;`, each a list of values separated by `,`. */
  readonly value: readonly (readonly string[])[];
}

/** Properties whose value has components separated by `;` (RFC 6350 6.2.2, 6.3.1, 6.6.4; RFC 2426 3.1.2, 3.2.1, 3.5.5). */
export const COMPOUND_PROPERTIES: ReadonlySet<string> = new Set(['N', 'ADR', 'ORG', 'GENDER']);

/** RFC 6350 3.2 and RFC 2426 2.6: a content line is at most 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/**
 * Escapes one value. Both versions escape backslash, comma and newline; a semicolon is escaped in vCard 3.0
 * text everywhere (RFC 2426 text-value grammar) and in vCard 4.0 only inside compound values (RFC 6350 3.4).
 */
export function escapeVCardValue(text: string, version: VCardVersion, compound: boolean): string {
  const semicolon = version === '3.0' || compound;
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, semicolon ? '\\;' : ';');
}

/** A parameter value: quoted when it holds `:`, `;` or `,` (RFC 6350 5); a double quote cannot appear. */
function paramValue(value: string): string {
  const plain = value.replace(/["\r\n]/g, '');
  return /[:;,]/.test(plain) ? `"${plain}"` : plain;
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line: every physical line at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = octets(char.codePointAt(0) ?? 0);
    if (size + length > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += length;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** The unfolded content line of one property. */
export function contentLine(property: VCardProperty, version: VCardVersion): string {
  const params = Object.entries(property.params ?? {})
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => `;${name}=${values.map(paramValue).join(',')}`)
    .join('');
  const compound = COMPOUND_PROPERTIES.has(property.name) || property.value.length > 1;
  const value = property.value.map((component) => component.map((item) => escapeVCardValue(item, version, compound)).join(',')).join(';');
  const group = property.group === undefined || !/^[A-Za-z0-9-]+$/.test(property.group) ? '' : `${property.group}.`;
  return `${group}${property.name}${params}:${value}`;
}

/** One vCard: BEGIN, VERSION, the properties in order, END; every line folded and ended with CRLF. */
export function vcardText(properties: readonly VCardProperty[], version: VCardVersion): string {
  const lines = ['BEGIN:VCARD', `VERSION:${version}`, ...properties.map((property) => contentLine(property, version)), 'END:VCARD'];
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
