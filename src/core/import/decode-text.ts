// Decodes an imported file's bytes to text: a byte order mark names UTF-8 or UTF-16 (LE/BE); without one,
// bytes that are valid UTF-8 are UTF-8, and anything else is Windows-1252 (what classic Outlook writes).
// Text with NUL bytes or many control characters is binary, not a contacts file (WHATWG Encoding: TextDecoder).

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName; readonly bom: boolean }
  | { readonly ok: false; readonly reason: 'binary' };

/** The largest file import reads: 100 MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

function bomOf(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Windows-1252's characters for 0x80–0x9F (WHATWG Encoding index); the other bytes are their Latin-1 code points. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decoded by hand: some TextDecoder builds (Node without full ICU) read windows-1252 as Latin-1. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
  }
  return text;
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/** True for text no contacts file holds: a NUL, or more than one control character in a hundred. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) controls += 1;
  }
  return controls > sample.length / 100;
}

/** The bytes as text (a byte order mark is not part of the text). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomOf(bytes);
  let text: string;
  let encoding: TextEncodingName;
  if (bom !== undefined) {
    // TextDecoder drops the byte order mark of its own encoding.
    text = new TextDecoder(bom).decode(bytes);
    encoding = bom;
  } else {
    const utf8 = decodeUtf8(bytes);
    text = utf8 ?? decodeWindows1252(bytes);
    encoding = utf8 === undefined ? 'windows-1252' : 'utf-8';
  }
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding, bom: bom !== undefined };
}
