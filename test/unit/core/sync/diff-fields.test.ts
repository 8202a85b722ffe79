import { describe, expect, it } from 'vitest';
import { applyChanges, diffFields } from '../../../../src/core/contact/diff-fields.js';
import { equalValues } from '../../../../src/core/contact/equal-fields.js';
import { searchFieldsOf } from '../../../../src/core/contact/search-fields.js';

describe('diffFields', () => {
  it('answers only the changed fields', () => {
    expect(diffFields({ givenName: 'Ada', surname: 'L' }, { givenName: 'Ada', surname: 'K' })).toEqual({ surname: 'K' });
  });

  it('marks an emptied field as present with no value', () => {
    const changes = diffFields({ jobTitle: 'Poet' }, {});
    expect('jobTitle' in changes && changes.jobTitle === undefined).toBe(true);
  });

  it('treats empty text, empty lists and missing values as equal', () => {
    expect(diffFields({ jobTitle: '', categories: [] }, { homeAddress: { city: '' } })).toEqual({});
  });

  it('compares e-mail lists by value', () => {
    expect(diffFields({ emailAddresses: [{ address: 'a@x' }] }, { emailAddresses: [{ address: 'a@x', name: '' }] })).toEqual({});
  });

  it('round-trips: applying the diff to the base gives the target', () => {
    const base = { givenName: 'Ada', jobTitle: 'Poet', categories: ['x'] };
    const next = { givenName: 'Ada', surname: 'K', categories: ['y'] };
    expect(equalValues(applyChanges(base, diffFields(base, next)), next)).toBe(true);
  });
});

describe('searchFieldsOf', () => {
  it('indexes lower-cased e-mails, digits-only phones and name tokens', () => {
    const keys = searchFieldsOf({
      displayName: 'Ada Lovelace',
      givenName: 'Ada',
      emailAddresses: [{ address: ' Ada@Example.COM ' }],
      businessPhones: ['+44 (20) 7946-0000'],
      mobilePhone: '',
    });
    expect(keys).toEqual({ emails: ['ada@example.com'], phones: ['442079460000'], nameTokens: ['ada', 'lovelace'] });
  });
});
