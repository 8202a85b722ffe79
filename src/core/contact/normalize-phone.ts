// Normalization of phone numbers for the mirror's search index: digits only, any script.
// Validation and E.164 formatting belong to libphonenumber-js (see core/match/signature), not here.

/** Zero code points of the decimal digit blocks that NFKC does not fold to ASCII. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810];

function asciiDigit(codePoint: number): string | undefined {
  if (codePoint >= 0x30 && codePoint <= 0x39) return String.fromCharCode(codePoint);
  for (const zero of DIGIT_ZEROS) {
    if (codePoint >= zero && codePoint <= zero + 9) return String(codePoint - zero);
  }
  return undefined;
}

/**
 * The ASCII digits of a phone number in order: `+49 (0)30 1234-56` → `49030123456`.
 * Full-width and other decimal digits are folded to ASCII; everything else is dropped. Idempotent.
 */
export function phoneDigits(phone: string): string {
  let digits = '';
  for (const char of phone.normalize('NFKC')) {
    const digit = asciiDigit(char.codePointAt(0) ?? 0);
    if (digit !== undefined) digits += digit;
  }
  return digits;
}
