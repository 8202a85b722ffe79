// The MirrorStore category filter contract: live contacts in a category, combined with the folder and the search
// text, in list order and counted as listed, and the category names in use. Every implementation runs it beside
// the main contract (mirror-store.contract.ts).
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

function person(id: string, displayName: string, categories: readonly string[], folderId: GraphId = FOLDER, extra: Partial<MirrorContact> = {}): MirrorContact {
  return aSyncedRow(id, aContact({ displayName, categories: [...categories] }), 'ck-1', { folderId, ...extra });
}

const names = (rows: readonly MirrorContact[]) => rows.map((row) => row.fields.displayName);

export function runMirrorStoreCategoriesContract(name: string, setup: StoreSetup): void {
  const ada = person('g1', 'Ada Lovelace', ['Red category', 'VIP']);
  const bob = person('g2', 'Bob Byron', [' VIP ']);
  const cara = person('g3', 'Cara Byron', ['VIP'], CLIENTS);
  const dan = person('g4', 'Dan Plain', []);
  const gone = person('g5', 'Abel Byron', ['VIP', 'Gone only'], FOLDER, { deleted: true });
  const all = [ada, bob, cara, dan, gone];

  describe(`MirrorStore contract: ${name} › ContactReader: the category filter`, () => {
    it('lists and counts the live contacts of a category, with the folder and the search text, in name order', () =>
      withStore(setup, async (store) => {
        await write(store, all);
        const cases: readonly [ContactQuery, readonly string[]][] = [
          [{ category: 'VIP' }, ['Ada Lovelace', 'Bob Byron', 'Cara Byron']],
          [{ category: 'VIP', folderId: FOLDER }, ['Ada Lovelace', 'Bob Byron']],
          [{ category: 'VIP', text: 'byr' }, ['Bob Byron', 'Cara Byron']],
          [{ category: 'VIP', text: 'byr', folderId: CLIENTS }, ['Cara Byron']],
          [{ category: 'Red category' }, ['Ada Lovelace']],
          [{ category: 'Gone only' }, []],
          [{ category: 'vip' }, []],
          [{ category: 'VIP', limit: 2 }, ['Ada Lovelace', 'Bob Byron']],
        ];
        for (const [query, expected] of cases) {
          expect(names(await store.listContacts(query)), JSON.stringify(query)).toEqual(expected);
          const { limit: _limit, ...counted } = query;
          expect(await store.countContacts(counted), JSON.stringify(query)).toBe((await store.listContacts(counted)).length);
        }
      }));

    it('follows a contact out of a category when its categories change or it is deleted', () =>
      withStore(setup, async (store) => {
        await write(store, [ada, bob]);
        await write(store, [{ ...ada, fields: { ...ada.fields, categories: ['Red category'] } }, { ...bob, deleted: true }]);
        expect(await store.listContacts({ category: 'VIP' })).toEqual([]);
        expect(await store.countContacts({ category: 'Red category' })).toBe(1);
      }));

    it('names each category the live contacts have once', () =>
      withStore(setup, async (store) => {
        await write(store, all);
        expect(await store.categoriesInUse()).toEqual(['Red category', 'VIP']);
      }));
  });
}
