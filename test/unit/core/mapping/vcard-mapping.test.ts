import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { contactFromVCardProperties, formattedNameOf, vcardOf } from '../../../../src/core/mapping/apply-vcard-mapping.js';
import { readVCards } from '../../../../src/core/mapping/read-vcard.js';
import { anyContact, text, without } from './contact-arbitrary.js';

const JOHN: ContactFields = {
  givenName: 'John',
  surname: 'Doe',
  displayName: 'John Doe',
  generation: 'Jr.',
  emailAddresses: [{ name: 'John Doe', address: 'john.doe@fabrikam.example' }, { address: 'jd@home.example' }],
  businessPhones: ['+1 (206) 555-0142'],
  mobilePhone: '+1 206 555 0199',
  companyName: 'Fabrikam, Inc.',
  department: 'Purchasing',
  jobTitle: 'Purchasing Manager',
  businessAddress: { street: '1 Main St; Suite 3', city: 'Seattle', countryOrRegion: 'United States' },
  otherAddress: { city: 'Tacoma' },
  birthday: '1980-02-29',
  categories: ['Clients', 'VIP'],
  spouseName: 'Jane Doe',
  personalNotes: 'Met at the fair.\nPrefers e-mail, not calls.',
};

const linesOf = (card: string) => card.split('\r\n');

describe('the vCard 4.0 mapping', () => {
  it('writes each field as its RFC 6350 property', () => {
    const lines = linesOf(vcardOf(JOHN, '4.0', { uid: 'c-123' }));
    expect(lines.slice(0, 4)).toEqual(['BEGIN:VCARD', 'VERSION:4.0', 'FN:John Doe', 'N:Doe;John;;;Jr.']);
    expect(lines).toEqual(
      expect.arrayContaining([
        'EMAIL;PREF=1:john.doe@fabrikam.example',
        'EMAIL:jd@home.example',
        'TEL;TYPE=work,voice:+1 (206) 555-0142',
        'TEL;TYPE=cell:+1 206 555 0199',
        'ADR;TYPE=work:;;1 Main St\\; Suite 3;Seattle;;;United States',
        'ADR:;;;Tacoma;;;',
        'ORG:Fabrikam\\, Inc.;Purchasing',
        'TITLE:Purchasing Manager',
        'BDAY:19800229',
        'CATEGORIES:Clients,VIP',
        'RELATED;TYPE=spouse;VALUE=text:Jane Doe',
        'NOTE:Met at the fair.\\nPrefers e-mail\\, not calls.',
        'UID:c-123',
      ]),
    );
    expect(lines.at(-2)).toBe('END:VCARD');
  });

  it('writes an IM address with a scheme as IMPP and one without as X-MS-IMADDRESS', () => {
    const lines = linesOf(vcardOf({ imAddresses: ['sip:john@fabrikam.example', 'john@chat.example'] }, '4.0'));
    expect(lines).toEqual(expect.arrayContaining(['IMPP:sip:john@fabrikam.example', 'X-MS-IMADDRESS:john@chat.example']));
  });

  it('keeps Japanese names and their readings', () => {
    const lines = linesOf(vcardOf({ givenName: '健一', surname: '佐藤', displayName: '佐藤健一', yomiGivenName: 'ケンイチ', yomiSurname: 'サトウ' }, '4.0'));
    expect(lines).toEqual(expect.arrayContaining(['FN:佐藤健一', 'N:佐藤;健一;;;', 'X-PHONETIC-FIRST-NAME:ケンイチ', 'X-PHONETIC-LAST-NAME:サトウ']));
  });

  it('writes at most three e-mail addresses', () => {
    const card = vcardOf({ emailAddresses: ['a', 'b', 'c', 'd'].map((name) => ({ address: `${name}@x.example` })) }, '4.0');
    expect(card.match(/^EMAIL/gm)).toHaveLength(3);
    expect(card).not.toContain('d@x.example');
  });

  it('names a card without a display name after its name parts, company or address', () => {
    expect(formattedNameOf({ givenName: 'Ada', surname: 'Lovelace' })).toBe('Ada Lovelace');
    expect(formattedNameOf({ companyName: 'Fabrikam' })).toBe('Fabrikam');
    expect(formattedNameOf({ emailAddresses: [{ address: 'a@x.example' }] })).toBe('a@x.example');
    expect(linesOf(vcardOf({}, '4.0'))).toContain('FN:');
  });
});

describe('the vCard 3.0 mapping', () => {
  it('writes each field as its RFC 2426 property', () => {
    const lines = linesOf(vcardOf(JOHN, '3.0'));
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCARD', 'VERSION:3.0', 'FN:John Doe']);
    expect(lines).toEqual(
      expect.arrayContaining([
        'N:Doe;John;;;Jr.',
        'EMAIL;TYPE=internet,pref:john.doe@fabrikam.example',
        'EMAIL;TYPE=internet:jd@home.example',
        'BDAY:1980-02-29',
        'X-MS-SPOUSE:Jane Doe',
        'NOTE:Met at the fair.\\nPrefers e-mail\\, not calls.',
      ]),
    );
    expect(lines.some((line) => line.startsWith('RELATED'))).toBe(false);
  });

  it('escapes semicolons in every text value and writes N even when empty', () => {
    const lines = linesOf(vcardOf({ displayName: 'Doe; John', jobTitle: 'A;B' }, '3.0'));
    expect(lines).toEqual(expect.arrayContaining(['FN:Doe\\; John', 'TITLE:A\\;B', 'N:;;;;']));
  });
});

describe('vCard round trip through the vCard reader', () => {
  /** vCard has no property for an e-mail address's display name. */
  const carried = (fields: ContactFields) => without(fields, [], true);
  const named = anyContact.chain((fields) => text.map((displayName) => ({ ...fields, displayName })));

  for (const version of ['4.0', '3.0'] as const) {
    it(`reads back every field from vCard ${version} text`, () => {
      fc.assert(
        fc.property(fc.array(named, { minLength: 1, maxLength: 3 }), (contacts) => {
          const cards = readVCards(contacts.map((fields) => vcardOf(fields, version)).join(''));
          expect(cards.map((card) => card.version)).toEqual(contacts.map(() => version));
          expect(cards.map((card) => contactFromVCardProperties(card.properties))).toEqual(contacts.map(carried));
        }),
        { numRuns: 150 },
      );
    });
  }
});
