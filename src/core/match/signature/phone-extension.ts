// Extensions written with a phone number: "x 204", "ext. 12", "poste 31", "int. 215", "wew. 105",
// "Durchwahl -12". They are kept apart from the number, which stays the switchboard's E.164 form.
// A German hyphen tail ("0711 7824-310", DIN 5008) is not an extension: it is dialled as part of the number.

import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';

const EXTENSION_WORDS = 'x|ext|extn|extension|durchwahl|dw|poste|int|interno|ramal|anexo|toestel|tst|wew|wewn|lokal|linka|доб|内線|分机|分機|转|轉|내선';
/** "x 204", ", ext. 12", " (ext. 204)", " – Durchwahl: -12", "转8012". */
const EXTENSION_AFTER = new RegExp(`^\\s*[,;/–—-]?\\s*\\(?\\s*(?:${EXTENSION_WORDS})\\.?\\s*[:.：]?\\s*-?\\s*(\\d{1,6})(?!\\d)\\)?`, 'iu');

/** An extension written right after a number, and how many characters it takes. */
export function extensionAfter(after: string): { extension: string; length: number } | undefined {
  const match = EXTENSION_AFTER.exec(after);
  return match?.[1] === undefined ? undefined : { extension: match[1], length: match[0].length };
}

/** The main number and the extension the library read ("x 204", "ext. 12"), which it keeps in `ext`. */
export function splitExtension(number: PhoneNumber): { number: PhoneNumber; extension?: string } {
  if (number.ext === undefined || number.ext === '') return { number };
  return { number: parsePhoneNumberFromString(number.number) ?? number, extension: number.ext };
}
