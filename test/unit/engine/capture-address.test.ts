import { describe, expect, it } from 'vitest';
import { addAddressToContact, emailSlotsLeft } from '../../../src/engine/capture-address.js';
import { SHARED_FOLDER, aMirror, aPerson } from './match-fixtures.js';

const three = [{ address: 'a@x.example' }, { address: 'b@x.example' }, { address: 'c@x.example' }];

describe('addAddressToContact', () => {
  it('adds the address with its outbox update of the e-mail field', async () => {
    const john = aPerson({ displayName: 'John Doe', emailAddresses: [{ address: 'john@fabrikam.example' }] });
    const store = await aMirror([john]);
    expect(await addAddressToContact(store, john.localId, { address: ' john.doe@home.example ', name: 'John Doe' }, 7)).toBe('added');
    expect((await store.getContact(john.localId))?.fields.emailAddresses).toEqual([{ address: 'john@fabrikam.example' }, { address: 'john.doe@home.example', name: 'John Doe' }]);
    expect(await store.pending()).toEqual([expect.objectContaining({ localId: john.localId, op: { kind: 'update', fields: ['emailAddresses'] }, at: 7 })]);
  });

  it.each([
    ['full', aPerson({ displayName: 'Full', emailAddresses: three }), 'd@x.example'],
    ['already-there', aPerson({ displayName: 'Has', emailAddresses: [{ address: 'has@x.example' }] }), 'HAS@x.example'],
    ['read-only', aPerson({ displayName: 'Boss', emailAddresses: [{ address: 'b@boss.example' }] }, SHARED_FOLDER), 'b2@boss.example'],
  ])('answers %s and writes nothing', async (outcome, contact, address) => {
    const store = await aMirror([contact]);
    expect(await addAddressToContact(store, contact.localId, { address }, 7)).toBe(outcome);
    expect(await store.countPending()).toBe(0);
    expect(await store.getContact(contact.localId)).toEqual(contact);
  });

  it('answers gone for a contact deleted meanwhile', async () => {
    const gone = { ...aPerson({ displayName: 'Gone' }), deleted: true };
    const store = await aMirror([gone]);
    expect(await addAddressToContact(store, gone.localId, { address: 'x@y.example' }, 7)).toBe('gone');
  });

  it('counts the free e-mail slots within Outlook’s three', () => {
    expect(emailSlotsLeft({ emailAddresses: three })).toBe(0);
    expect(emailSlotsLeft({ emailAddresses: three.slice(0, 1) })).toBe(2);
    expect(emailSlotsLeft({})).toBe(3);
  });
});
