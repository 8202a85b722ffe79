import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { mergeDuplicateFields, mergeRowsOf, survivorIndexOf } from '../../../../src/core/duplicates/merge-duplicates.js';

const ada: ContactFields = {
  givenName: 'Ada',
  surname: 'Lovelace',
  jobTitle: 'Analyst',
  emailAddresses: [{ address: 'ada@a.example' }, { address: 'ada@b.example' }],
  businessPhones: ['+1 206 555 0100'],
};
const ada2: ContactFields = {
  givenName: 'Ada',
  surname: 'King',
  jobTitle: 'Countess',
  emailAddresses: [{ address: 'ADA@a.example' }, { address: 'ada@c.example' }, { address: 'ada@d.example' }],
  businessPhones: ['+1 (206) 555-0100', '+1 206 555 0101', '+1 206 555 0102'],
  homePhones: ['+44 20 7946 0000'],
  birthday: '1815-12-10',
};

describe('mergeDuplicateFields', () => {
  it('unites e-mail addresses and phones within Outlook’s limits and takes the first value of the other fields', () => {
    expect(mergeDuplicateFields([ada, ada2])).toEqual({
      givenName: 'Ada',
      surname: 'Lovelace',
      jobTitle: 'Analyst',
      emailAddresses: [{ address: 'ada@a.example' }, { address: 'ada@b.example' }, { address: 'ada@c.example' }],
      businessPhones: ['+1 206 555 0100', '+1 206 555 0101'],
      homePhones: ['+44 20 7946 0000'],
      birthday: '1815-12-10',
    });
  });

  it('takes a picked contact’s value of a field', () => {
    const merged = mergeDuplicateFields([ada, ada2], { surname: 1, jobTitle: 1 });
    expect([merged.surname, merged.jobTitle, merged.givenName]).toEqual(['King', 'Countess', 'Ada']);
  });

  it('is idempotent: merging a contact with itself changes nothing', () => {
    expect(mergeDuplicateFields([ada, ada])).toEqual(ada);
  });
});

describe('mergeRowsOf', () => {
  it('lists each field some contact has, whether the values differ, and what the limits leave out', () => {
    const rows = mergeRowsOf([ada, ada2]);
    expect(rows.map((row) => [row.field, row.kind, row.differs])).toEqual([
      ['givenName', 'pick', false],
      ['surname', 'pick', true],
      ['emailAddresses', 'union', true],
      ['businessPhones', 'union', true],
      ['homePhones', 'union', true],
      ['jobTitle', 'pick', true],
      ['birthday', 'pick', true],
    ]);
    expect(rows.find((row) => row.field === 'emailAddresses')?.leftOut).toEqual([{ address: 'ada@d.example' }]);
    expect(rows.find((row) => row.field === 'birthday')).toMatchObject({ values: [undefined, '1815-12-10'], defaultPick: 1 });
  });
});

describe('survivorIndexOf', () => {
  it('keeps the contact with the most fields filled', () => {
    expect(survivorIndexOf([ada, ada2])).toBe(1);
    expect(survivorIndexOf([ada, ada])).toBe(0);
  });
});
