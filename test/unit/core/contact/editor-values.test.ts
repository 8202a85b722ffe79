import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { contactFieldsOfEditor, editorValuesOf } from '../../../../src/core/contact/editor-values.js';

const EVERY_FIELD: ContactFields = {
  givenName: 'Ann', middleName: 'Q', surname: 'Bee', displayName: 'Ann Bee', nickName: 'Annie', title: 'Dr.', generation: 'Jr.',
  initials: 'A.Q.B.', fileAs: 'Bee, Ann', yomiGivenName: 'アン', yomiSurname: 'ビー', yomiCompanyName: 'ビーコ',
  emailAddresses: [{ address: 'ann@bee.example', name: 'Ann Bee' }, { address: 'a@home.example' }],
  imAddresses: ['ann@im.example'], businessPhones: ['+12065550100', '(206) 555-0101'], homePhones: ['+12065550102'],
  mobilePhone: '+12065550103', companyName: 'Bee Co', department: 'Sales', jobTitle: 'Lead', officeLocation: '4/1021',
  profession: 'Engineer', manager: 'Cy', assistantName: 'Di', businessHomePage: 'https://bee.example',
  homeAddress: { street: '1 Home Rd', city: 'Seattle', countryOrRegion: 'United States' },
  businessAddress: { street: '2 Work St', city: 'Redmond', state: 'WA', postalCode: '98052', countryOrRegion: 'United States' },
  otherAddress: { city: 'Paris' }, birthday: '1990-02-28', spouseName: 'Ed', children: ['Flo', 'Gus'],
  personalNotes: 'Line one\n  line two', categories: ['Customers', 'VIP'],
};

describe('contactFieldsOfEditor', () => {
  it('gives back every field unchanged when nothing was edited', () => {
    expect(contactFieldsOfEditor(EVERY_FIELD, editorValuesOf(EVERY_FIELD))).toEqual(EVERY_FIELD);
  });

  it('keeps structured address parts, so a typed city never becomes a street', () => {
    const saved = contactFieldsOfEditor({}, { 'business.city': 'Seattle', 'business.countryOrRegion': 'United States' });
    expect(saved.businessAddress).toEqual({ city: 'Seattle', countryOrRegion: 'United States' });
  });

  it('keeps an e-mail name only while its address is unchanged, and drops emptied slots', () => {
    const values = { ...editorValuesOf(EVERY_FIELD), email2: '', email3: 'new@bee.example' };
    expect(contactFieldsOfEditor(EVERY_FIELD, values).emailAddresses).toEqual([{ address: 'ann@bee.example', name: 'Ann Bee' }, { address: 'new@bee.example' }]);
  });

  it('saves a typed phone as typed (trimmed), not reformatted', () => {
    expect(contactFieldsOfEditor({}, { homePhone2: ' 206 555 0199 ' }).homePhones).toEqual(['206 555 0199']);
  });

  it('reads children and categories one per line and removes an emptied field', () => {
    const saved = contactFieldsOfEditor(EVERY_FIELD, { ...editorValuesOf(EVERY_FIELD), children: 'Flo\n\n Hal ', categories: '' });
    expect(saved.children).toEqual(['Flo', 'Hal']);
    expect(saved).not.toHaveProperty('categories');
  });

  it('keeps the notes as written, line breaks and indentation included', () => {
    expect(contactFieldsOfEditor({}, { personalNotes: 'a\n  b' }).personalNotes).toBe('a\n  b');
  });

  it('keeps the birthday as the calendar date typed', () => {
    expect(contactFieldsOfEditor({}, { birthday: '2000-01-01' }).birthday).toBe('2000-01-01');
  });
});
