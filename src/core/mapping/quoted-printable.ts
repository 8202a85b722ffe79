// vCard 2.1 values in quoted-printable (RFC 2045 6.7; vCard 2.1 section 2.1.3): soft line breaks joined,
// `=XX` octets decoded in the CHARSET the property names (UTF-8 when it names none).
import { decodeWindows1252 } from '../import/decode-text.js';

/** True when the property line's parameters say quoted-printable (`ENCODING=QUOTED-PRINTABLE` or bare `QUOTED-PRINTABLE`). */
export function isQuotedPrintableLine(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /;(?:ENCODING=)?QUOTED-PRINTABLE(?:;|:|$)/i.test(line.slice(0, colon + 1));
}

/** Joins the soft line breaks (`=` at the end of a line) of quoted-printable properties. */
export function joinSoftLineBreaks(lines: readonly string[]): string[] {
  const joined: string[] = [];
  let open = false;
  for (const line of lines) {
    if (open) joined[joined.length - 1] = (joined.at(-1) ?? '').slice(0, -1) + line;
    else joined.push(line);
    const current = joined.at(-1) ?? '';
    open = current.endsWith('=') && isQuotedPrintableLine(current);
  }
  return joined;
}

/** The text quoted-printable `value` encodes in `charset`. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const hex = value[index] === '=' ? /^[0-9A-Fa-f]{2}/.exec(value.slice(index + 1, index + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      index += 2;
    } else bytes.push(...new TextEncoder().encode(value[index] ?? ''));
  }
  const array = new Uint8Array(bytes);
  const name = charset.toLowerCase();
  if (name === 'windows-1252' || name === 'iso-8859-1' || name === 'latin1' || name === 'cp1252') return decodeWindows1252(array);
  try {
    return new TextDecoder(name).decode(array);
  } catch (error) {
    if (error instanceof RangeError) return new TextDecoder('utf-8').decode(array);
    throw error;
  }
}
