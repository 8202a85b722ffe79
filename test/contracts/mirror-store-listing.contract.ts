// The MirrorStore listing and counting contract: live contacts by folder and search words, in list order,
// counted as listed. Every implementation runs it beside the main contract (mirror-store.contract.ts).
import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../src/core/contact/contact.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import type { ContactQuery } from '../../src/ports/mirror-store.js';
import { FOLDER, aContact, aSyncedRow } from '../fakes/contact-builders.js';
import { withStore } from './mirror-store.contract.js';
import type { LocalStore, StoreSetup } from './mirror-store.contract.js';

const CLIENTS = 'folder-clients' as GraphId;

function write(store: LocalStore, rows: readonly MirrorContact[]) {
  return store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert', contact })) }, { folderId: FOLDER });
}

function person(id: string, displayName: string, folderId: GraphId = FOLDER, extra: Partial<MirrorContact> = {}): MirrorContact {
  const [givenName, surname] = displayName.split(' ');
  const address = `${displayName.toLowerCase().replace(' ', '.')}@example.com`;
  return aSyncedRow(id, aContact({ displayName, givenName, surname, emailAddresses: [{ address }] }), 'ck-1', { folderId, ...extra });
}

const names = (rows: readonly MirrorContact[]) => rows.map((row) => row.fields.displayName);

export function runMirrorStoreListingContract(name: string, setup: StoreSetup): void {
  const ada = person('g1', 'Ada Lovelace');
  const bob = person('g2', 'Bob Byron');
  const cara = person('g3', 'Cara Byron', CLIENTS);
  const goneHere = person('g4', 'Aaron Gone', FOLDER, { deleted: true });
  const goneThere = person('g5', 'Abel Byron', CLIENTS, { deleted: true });
  const all = [ada, bob, cara, goneHere, goneThere];

  describe(`MirrorStore contract: ${name} › ContactReader: counting and listing windows`, () => {
    it('counts live contacts with and without a folder and search text, as many as it lists', () =>
      withStore(setup, async (store) => {
        await write(store, all);
        const queries: readonly ContactQuery[] = [{}, { folderId: FOLDER }, { folderId: CLIENTS }, { folderId: 'none' as GraphId }, { text: 'byr' }, { text: ' BYRON ' }, { text: 'a' }, { text: 'byron', folderId: CLIENTS }, { text: 'ada', folderId: CLIENTS }, { text: 'zz' }];
        const counts = await Promise.all(queries.map((query) => store.countContacts(query)));
        expect(counts).toEqual([3, 2, 1, 0, 2, 2, 1, 1, 0, 0]);
        const listed = await Promise.all(queries.map(async (query) => (await store.listContacts(query)).length));
        expect(counts).toEqual(listed);
      }));

    it('counts a contact found by several of its keys once', () =>
      withStore(setup, async (store) => {
        await write(store, [bob]);
        expect(await store.countContacts({ text: 'bob' })).toBe(1);
        expect(await store.countContacts({ text: 'bob', folderId: FOLDER })).toBe(1);
      }));

    it('counts the contacts after each write: added, deleted locally, moved, restored', () =>
      withStore(setup, async (store) => {
        await write(store, [ada, bob]);
        expect(await store.countContacts({})).toBe(2);
        await write(store, [cara]);
        expect([await store.countContacts({}), await store.countContacts({ folderId: CLIENTS })]).toEqual([3, 1]);
        await store.enqueue(bob.localId, (row) => row && { contact: { ...row, deleted: true, localChangedAt: 5 }, op: { kind: 'delete' }, at: 5 });
        expect([await store.countContacts({}), await store.countContacts({ folderId: FOLDER }), await store.countContacts({ text: 'bob' })]).toEqual([2, 1, 0]);
        await write(store, [{ ...ada, folderId: CLIENTS }]);
        expect([await store.countContacts({ folderId: FOLDER }), await store.countContacts({ folderId: CLIENTS }), await store.countContacts({ text: 'ada', folderId: CLIENTS })]).toEqual([0, 2, 1]);
        await write(store, [bob]);
        expect([await store.countContacts({}), await store.countContacts({ folderId: FOLDER, text: 'byron' })]).toEqual([3, 1]);
      }));

    it('lists one folder in name order within its limit, leaving tombstones out', () =>
      withStore(setup, async (store) => {
        const more = ['Zoe Zimmer', 'Eve Byron', 'Dan Drake', 'Carl Cole'].map((displayName, i) => person(`m${i}`, displayName, i % 2 === 0 ? CLIENTS : FOLDER));
        await write(store, [...all, ...more]);
        expect(names(await store.listContacts({ folderId: CLIENTS }))).toEqual(['Cara Byron', 'Dan Drake', 'Zoe Zimmer']);
        expect(names(await store.listContacts({ folderId: FOLDER }))).toEqual(['Ada Lovelace', 'Bob Byron', 'Carl Cole', 'Eve Byron']);
        expect(names(await store.listContacts({ folderId: FOLDER, limit: 2 }))).toEqual(['Ada Lovelace', 'Bob Byron']);
        expect(names(await store.listContacts({ limit: 1 }))).toEqual(['Ada Lovelace']);
        expect(await store.listContacts({ folderId: FOLDER, limit: 0 })).toEqual([]);
      }));

    it('finds a contact by several words, each the start of its name, address or phone, in any order, case and accents', () =>
      withStore(setup, async (store) => {
        const lea = aSyncedRow('g6', aContact({ displayName: 'Léa Byron', givenName: 'Léa', surname: 'Byron', emailAddresses: [{ address: 'lea@clients.example' }], mobilePhone: '+33 6 12 34 56 78' }));
        await write(store, [...all, lea]);
        const queries: readonly ContactQuery[] = [{ text: 'Bob Byron' }, { text: 'byron bob' }, { text: 'BYR bo' }, { text: 'lea byron' }, { text: 'LÉA' }, { text: 'byron lea@cl' }, { text: 'byron 3361' }, { text: 'byron', folderId: CLIENTS }, { text: 'ada byron' }, { text: 'cara byron', folderId: FOLDER }];
        const listed = await Promise.all(queries.map(async (query) => names(await store.listContacts(query))));
        expect(listed).toEqual([['Bob Byron'], ['Bob Byron'], ['Bob Byron'], ['Léa Byron'], ['Léa Byron'], ['Léa Byron'], ['Léa Byron'], ['Cara Byron'], [], []]);
        expect(await Promise.all(queries.map((query) => store.countContacts(query)))).toEqual(listed.map((found) => found.length));
      }));

    it('lists and counts a search again as each write left it: renamed, edited, deleted', () =>
      withStore(setup, async (store) => {
        await write(store, all);
        expect(names(await store.listContacts({ text: 'byron' }))).toEqual(['Bob Byron', 'Cara Byron']);
        await store.enqueue(bob.localId, (row) => row && { contact: { ...row, fields: { ...row.fields, displayName: 'Bob Brown', surname: 'Brown', jobTitle: 'Poet' } }, op: { kind: 'update', fields: ['displayName', 'surname', 'jobTitle'] }, at: 5 });
        expect(names(await store.listContacts({ text: 'byron' }))).toEqual(['Cara Byron']);
        expect((await store.listContacts({ text: 'bob' })).map((row) => [row.fields.displayName, row.fields.jobTitle])).toEqual([['Bob Brown', 'Poet']]);
        await store.enqueue(cara.localId, (row) => row && { contact: { ...row, deleted: true }, op: { kind: 'delete' }, at: 6 });
        expect([names(await store.listContacts({ text: 'byron', folderId: CLIENTS })), await store.countContacts({ text: 'byron' })]).toEqual([[], 0]);
        await write(store, [cara]);
        expect([names(await store.listContacts({ text: 'byron' })), await store.countContacts({ text: 'byron' })]).toEqual([['Cara Byron'], 1]);
      }));

    it('lists the first matches in name order when more match than the limit', () =>
      withStore(setup, async (store) => {
        const more = ['Zoe Byron', 'Eve Byron', 'Dan Byron'].map((displayName, i) => person(`m${i}`, displayName, i === 1 ? CLIENTS : FOLDER));
        await write(store, [...all, ...more]);
        expect(names(await store.listContacts({ text: 'byron', limit: 3 }))).toEqual(['Bob Byron', 'Cara Byron', 'Dan Byron']);
        expect(names(await store.listContacts({ text: 'byron', folderId: FOLDER, limit: 2 }))).toEqual(['Bob Byron', 'Dan Byron']);
        expect(names(await store.listContacts({ text: 'byron' }))).toEqual(['Bob Byron', 'Cara Byron', 'Dan Byron', 'Eve Byron', 'Zoe Byron']);
      }));
  });
}
