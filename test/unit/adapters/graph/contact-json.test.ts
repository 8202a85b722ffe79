import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClientId, ContactFields } from '../../../../src/core/contact/contact.js';
import {
  birthdayFromGraph,
  CLIENT_ID_PROPERTY_ID,
  CONTACT_SELECT,
  createToGraph,
  fieldsFromGraph,
  patchToGraph,
  remoteContactFromGraph,
} from '../../../../src/adapters/graph/contact-json.js';
import type { GraphContactJson } from '../../../../src/adapters/graph/contact-json.js';

const CLIENT_ID = 'cb-123' as ClientId;

const word = fc.string({ minLength: 1, maxLength: 12 });
const address = fc.record(
  { street: word, city: word, state: word, postalCode: word, countryOrRegion: word },
  { requiredKeys: ['city'] },
);
const date = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Normalised fields: what reading Graph produces (no empty strings, lists or addresses). */
const normalisedFields: fc.Arbitrary<ContactFields> = fc.record(
  {
    givenName: word,
    surname: word,
    displayName: word,
    jobTitle: word,
    mobilePhone: word,
    personalNotes: word,
    emailAddresses: fc.array(fc.record({ name: word, address: word }, { requiredKeys: ['address'] }), { minLength: 1, maxLength: 3 }),
    businessPhones: fc.array(word, { minLength: 1, maxLength: 2 }),
    categories: fc.array(word, { minLength: 1, maxLength: 3 }),
    children: fc.array(word, { minLength: 1, maxLength: 3 }),
    homeAddress: address,
    businessAddress: address,
    birthday: date,
  },
  { requiredKeys: [] },
);

describe('contact JSON mapping', () => {
  it('reads every documented property of a full Graph contact', () => {
    const json: GraphContactJson = {
      id: 'AAMkA1',
      parentFolderId: 'AAMkF1',
      changeKey: 'EQAAAB',
      lastModifiedDateTime: '2026-11-25T10:00:00Z',
      givenName: 'Ana',
      middleName: 'Maria',
      surname: 'López',
      displayName: 'Ana López',
      nickName: 'Ani',
      title: 'Dr.',
      generation: 'Jr.',
      initials: 'A.L.',
      fileAs: 'López, Ana',
      yomiGivenName: 'アナ',
      yomiSurname: 'ロペス',
      yomiCompanyName: 'コントソ',
      emailAddresses: [{ name: 'Ana', address: 'ana@contoso.com' }, { name: null, address: 'al@fabrikam.com' }],
      imAddresses: ['sip:ana@contoso.com'],
      businessPhones: ['+1 425 555 0100'],
      homePhones: ['+1 425 555 0101'],
      mobilePhone: '+1 425 555 0102',
      companyName: 'Contoso',
      department: 'Sales',
      jobTitle: 'Manager',
      officeLocation: '18/2111',
      profession: 'Engineer',
      manager: 'Bo',
      assistantName: 'Cy',
      businessHomePage: 'https://contoso.com',
      homeAddress: { street: '1 Main St', city: 'Redmond', state: 'WA', postalCode: '98052', countryOrRegion: 'USA' },
      businessAddress: { city: 'Seattle' },
      otherAddress: {},
      birthday: '1980-05-17T00:00:00Z',
      spouseName: 'Dee',
      children: ['Eve'],
      personalNotes: 'Met at the fair',
      categories: ['Blue category'],
      singleValueExtendedProperties: [{ id: CLIENT_ID_PROPERTY_ID.toLowerCase(), value: 'cb-9' }],
    };
    const contact = remoteContactFromGraph(json);
    expect(contact).toMatchObject({ id: 'AAMkA1', folderId: 'AAMkF1', changeKey: 'EQAAAB', clientId: 'cb-9' });
    expect(contact.fields.birthday).toBe('1980-05-17');
    expect(contact.fields.emailAddresses).toEqual([{ name: 'Ana', address: 'ana@contoso.com' }, { address: 'al@fabrikam.com' }]);
    expect(contact.fields.otherAddress).toBeUndefined();
    expect(Object.keys(contact.fields)).toHaveLength(32);
  });

  it('treats null, empty strings, empty lists and empty addresses as absent', () => {
    const fields = fieldsFromGraph({ id: 'x', givenName: '', surname: null, categories: [], homeAddress: { city: null, street: '' }, birthday: null });
    expect(fields).toEqual({});
  });

  it('keeps the birthday date as written whatever the offset, never through the local time zone', () => {
    expect(birthdayFromGraph('1980-05-17T00:00:00Z')).toBe('1980-05-17');
    expect(birthdayFromGraph('1980-05-17T23:30:00-08:00')).toBe('1980-05-17');
    expect(birthdayFromGraph('1980-01-01')).toBe('1980-01-01');
    expect(birthdayFromGraph('not a date')).toBeUndefined();
    expect(createToGraph({ birthday: '1980-05-17' }, CLIENT_ID)['birthday']).toBe('1980-05-17T00:00:00Z');
  });

  it('puts the client id on a created contact as a single-value extended property', () => {
    const body = createToGraph({ givenName: 'Ana' }, CLIENT_ID);
    expect(body).toEqual({ givenName: 'Ana', singleValueExtendedProperties: [{ id: CLIENT_ID_PROPERTY_ID, value: 'cb-123' }] });
  });

  it('sends only the changed fields in a patch and clears a field given as undefined', () => {
    const body = patchToGraph({ jobTitle: 'Lead', mobilePhone: undefined, categories: undefined, homeAddress: undefined, birthday: undefined });
    expect(body).toEqual({ jobTitle: 'Lead', mobilePhone: null, categories: [], homeAddress: {}, birthday: null });
  });

  it('selects every mapped field and the versioning properties', () => {
    expect(CONTACT_SELECT).toContain('birthday');
    expect(CONTACT_SELECT).toContain('changeKey');
    expect(CONTACT_SELECT).toContain('parentFolderId');
    expect(CONTACT_SELECT).not.toContain('photo');
  });

  it('round-trips normalised fields through the create body', () => {
    fc.assert(
      fc.property(normalisedFields, (fields) => {
        expect(fieldsFromGraph(createToGraph(fields, CLIENT_ID))).toEqual(fields);
      }),
    );
  });

  it('normalises idempotently whatever Graph sends', () => {
    const loose = fc.dictionary(
      fc.constantFrom('givenName', 'surname', 'categories', 'homeAddress', 'birthday', 'emailAddresses'),
      fc.oneof(fc.constant(null), fc.constant(''), word, fc.array(fc.oneof(word, fc.constant(''))), fc.record({ city: fc.oneof(word, fc.constant(null)) })),
    );
    fc.assert(
      fc.property(loose, (json) => {
        const once = fieldsFromGraph(json as GraphContactJson);
        expect(fieldsFromGraph(createToGraph(once, CLIENT_ID))).toEqual(once);
      }),
    );
  });
});
