import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { duplicateKeysOf } from '../../../../src/core/duplicates/duplicate-keys.js';
import { findDuplicates, groupByKeys, MAX_CONTACTS_PER_KEY } from '../../../../src/core/duplicates/find-duplicates.js';
import type { DuplicateCandidate } from '../../../../src/core/duplicates/find-duplicates.js';
import type { LocalId } from '../../../../src/core/sync/mirror-contact.js';

const candidates = (...list: ContactFields[]): DuplicateCandidate[] => list.map((fields, index) => ({ localId: `c:${index}` as LocalId, fields }));
const groupsOf = (list: DuplicateCandidate[]) => findDuplicates(list).map((group) => group.localIds.map((id) => Number(id.slice(2))));

describe('findDuplicates', () => {
  it.each([
    ['the same e-mail address in another case and with spaces', { emailAddresses: [{ address: 'Ada@Example.com ' }] }, { emailAddresses: [{ address: 'ada@example.com' }] }, true],
    ['different e-mail addresses', { emailAddresses: [{ address: 'ada@example.com' }] }, { emailAddresses: [{ address: 'bob@example.com' }] }, false],
    ['the same international number written differently', { businessPhones: ['+1 (206) 555-0100'] }, { mobilePhone: '+12065550100' }, true],
    ['the same digits in national form', { homePhones: ['206 555 0100'] }, { businessPhones: ['(206) 555-0100'] }, true],
    ['a too short number', { businessPhones: ['123'] }, { homePhones: ['123'] }, false],
    ['the same name at the same company', { givenName: 'Ada', surname: 'Lovelace', companyName: 'Analytical Engines' }, { displayName: 'Lovelace, Ada', companyName: 'ANALYTICAL  engines' }, true],
    ['the same name at different companies', { givenName: 'Ada', surname: 'Lovelace', companyName: 'A' }, { givenName: 'Ada', surname: 'Lovelace', companyName: 'B' }, false],
    ['the same name without a company', { givenName: 'Ada', surname: 'Lovelace' }, { givenName: 'Ada', surname: 'Lovelace' }, false],
  ])('with %s: %s', (_, a, b, joined) => {
    expect(groupsOf(candidates(a as ContactFields, b as ContactFields))).toEqual(joined ? [[0, 1]] : []);
  });

  it.each([
    ['030 1234567', '+49 (0)30 1234567'],
    ['0049 30 1234567', '+49 30 1234567'],
    ['+1 206 555 0100 x12', '+1 206 555 0100'],
    ['(206) 555-0100 ext. 7', '+12065550100'],
  ])('reads %s as the same number as %s', (a, b) => {
    expect(groupsOf(candidates({ businessPhones: [a] }, { mobilePhone: b }))).toEqual([[0, 1]]);
  });

  it('chains contacts joined by different keys into one group, with each reason', () => {
    const list = candidates(
      { emailAddresses: [{ address: 'a@x.example' }] },
      { givenName: 'Zed', surname: 'Nobody' },
      { emailAddresses: [{ address: 'a@x.example' }], mobilePhone: '+44 20 7946 0000' },
      { businessPhones: ['+442079460000'], givenName: 'Ann', surname: 'Lee', companyName: 'Acme' },
      { givenName: 'Ann', surname: 'Lee', companyName: 'Acme' },
    );
    expect(findDuplicates(list)).toEqual([{ localIds: ['c:0', 'c:2', 'c:3', 'c:4'], reasons: ['email', 'phone', 'name'] }]);
  });

  it('keeps separate groups apart, ordered by their first member', () => {
    const list = candidates({ mobilePhone: '+1 425 555 0101' }, { emailAddresses: [{ address: 'b@y.example' }] }, { mobilePhone: '+14255550101' }, { emailAddresses: [{ address: 'B@y.example' }] });
    expect(groupsOf(list)).toEqual([[0, 2], [1, 3]]);
  });

  it('lets a key held by many contacts join nobody (a switchboard number)', () => {
    const many = Array.from({ length: MAX_CONTACTS_PER_KEY + 1 }, (_, index) => ({ businessPhones: ['+1 800 555 0199'], emailAddresses: [{ address: `p${index}@x.example` }] }));
    expect(groupsOf(candidates(...many))).toEqual([]);
    expect(groupsOf(candidates(...many.slice(0, MAX_CONTACTS_PER_KEY)))).toHaveLength(1);
  });

  it('groups 50,000 contacts in one pass', () => {
    const list = candidates(
      ...Array.from({ length: 50_000 }, (_, index) => ({
        givenName: `Given${index}`,
        surname: 'Person',
        emailAddresses: [{ address: `p${index % 49_000}@bench.example` }],
        businessPhones: [`+1 206 555 ${String(index % 10_000).padStart(4, '0')}`],
      })),
    );
    const groups = findDuplicates(list);
    expect(groups.filter((group) => group.reasons.includes('email'))).toHaveLength(1000);
  });

  it('derives each key of a contact once, however often its fields repeat it', () => {
    const fields = { emailAddresses: [{ address: 'Ada@Example.com' }, { address: 'ada@example.com ' }], businessPhones: ['+1 206 555 0100'], mobilePhone: '(206) 555-0100', givenName: 'Ada', surname: 'Lovelace', companyName: 'Engines' };
    expect(duplicateKeysOf(fields)).toEqual(['email:ada@example.com', 'phone:065550100', 'name:ada lovelace|engines']);
  });

  it('groups stored keys as it groups the fields they were derived from', () => {
    const list = candidates({ mobilePhone: '+1 425 555 0101' }, { emailAddresses: [{ address: 'b@y.example' }] }, { mobilePhone: '+14255550101' }, { emailAddresses: [{ address: 'B@y.example' }] });
    expect(groupByKeys(list.map((each) => ({ localId: each.localId, keys: duplicateKeysOf(each.fields) })))).toEqual(findDuplicates(list));
  });
});
