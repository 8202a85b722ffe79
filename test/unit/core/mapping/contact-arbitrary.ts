// fast-check arbitraries for contacts whose text exercises the mapping: separators and quotes, formula
// triggers, backslashes, line breaks, accented, CJK, Arabic and Cyrillic letters and astral-plane emoji.
import fc from 'fast-check';
import type { ContactFields, PhysicalAddress } from '../../../../src/core/contact/contact.js';

const TEXT_CHARS = ['a', 'Z', '7', ' ', ',', ';', '"', "'", '\\', '=', '+', '-', '@', ':', '\n', 'é', 'ß', '李', '雷', 'ケ', 'ح', 'Ж', '😀', '\t'];
/** List items are joined by a separator on one cell in CSV: no `;` (Outlook) and no `:` (Google's ` ::: `). */
const ITEM_CHARS = TEXT_CHARS.filter((char) => char !== ';' && char !== ':' && char !== ',');

/** Text as an import reads it back: trimmed and not empty. */
export const text = fc
  .string({ unit: fc.constantFrom(...TEXT_CHARS), minLength: 1, maxLength: 24 })
  .map((value) => value.trim())
  .filter((value) => value !== '');
export const item = fc
  .string({ unit: fc.constantFrom(...ITEM_CHARS), minLength: 1, maxLength: 16 })
  .map((value) => value.trim())
  .filter((value) => value !== '');
export const phone = fc.stringMatching(/^\+?[0-9][0-9 ()-]{3,14}[0-9]$/);
export const emailAddress = fc.stringMatching(/^[a-z0-9._+-]{1,12}@[a-z0-9-]{1,10}\.[a-z]{2,6}$/);
export const birthday = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const address = fc.record<PhysicalAddress>({ street: text, city: text, state: text, postalCode: text, countryOrRegion: text }, { requiredKeys: [] }).filter((value) => Object.keys(value).length > 0);
const list = (arbitrary: fc.Arbitrary<string>, max: number) => fc.array(arbitrary, { minLength: 1, maxLength: max });

/** Every field of the model, each optional; at most three e-mail addresses and two phones of each kind. */
export const anyContact: fc.Arbitrary<ContactFields> = fc.record<ContactFields>(
  {
    givenName: text,
    middleName: text,
    surname: text,
    displayName: text,
    nickName: text,
    title: text,
    generation: text,
    initials: text,
    fileAs: text,
    yomiGivenName: text,
    yomiSurname: text,
    yomiCompanyName: text,
    emailAddresses: fc.array(fc.record({ address: emailAddress, name: text }), { minLength: 1, maxLength: 3 }),
    imAddresses: list(item, 3),
    businessPhones: list(phone, 2),
    homePhones: list(phone, 2),
    mobilePhone: phone,
    companyName: text,
    department: text,
    jobTitle: text,
    officeLocation: text,
    profession: text,
    manager: text,
    assistantName: text,
    businessHomePage: item,
    homeAddress: address,
    businessAddress: address,
    otherAddress: address,
    birthday,
    spouseName: text,
    children: list(item, 3),
    personalNotes: text,
    categories: list(item, 4),
  },
  { requiredKeys: [] },
);

/** The contact without the fields a layout cannot carry. */
export function without(fields: ContactFields, dropped: readonly (keyof ContactFields)[], dropEmailNames = false): ContactFields {
  const kept: Record<string, unknown> = { ...fields };
  for (const name of dropped) delete kept[name];
  if (dropEmailNames && fields.emailAddresses) kept.emailAddresses = fields.emailAddresses.map(({ address }) => ({ address }));
  return kept as ContactFields;
}
