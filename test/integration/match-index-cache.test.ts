// The Dexie mirror's in-memory match index against its IndexedDB indexes (fake-indexeddb): the same answers
// once warm, and the same answers after every kind of write, made by this store or another on the database.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { contactRecordOf } from '../../src/adapters/dexie/contact-record.js';
import { DexieMirrorStore } from '../../src/adapters/dexie/dexie-mirror-store.js';
import { MatchIndexCache } from '../../src/adapters/dexie/match-index-cache.js';
import { MirrorDb } from '../../src/adapters/dexie/mirror-db.js';
import type { ClientId, ContactFields, GraphId } from '../../src/core/contact/contact.js';
import { lookupKeysFor } from '../../src/core/match/lookup-keys-for.js';
import type { LookupKeys } from '../../src/core/match/lookup-keys-for.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import { captureContact } from '../../src/engine/capture-contact.js';
import type { PullAction } from '../../src/core/sync/pull-action.js';
import { FOLDER, aSyncedRow } from '../fakes/contact-builders.js';
import { eventually } from '../support/eventually.js';

const folder = { id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false };
const opened: DexieMirrorStore[] = [];
let count = 0;

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

function open(name: string): DexieMirrorStore {
  const store = new DexieMirrorStore(name);
  opened.push(store);
  return store;
}

async function seeded(rows: readonly MirrorContact[]): Promise<{ name: string; store: DexieMirrorStore }> {
  const name = `match-index-${++count}`;
  await Dexie.delete(name);
  const store = open(name);
  await store.applyFolderPlan({ upserts: [folder], removed: [] });
  await apply(store, rows.map((contact) => ({ kind: 'upsert', contact })));
  return { name, store };
}

function apply(store: DexieMirrorStore, actions: readonly PullAction[]) {
  return store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => actions }, { folderId: FOLDER });
}

/** What IndexedDB answers: a store that has not built its index reads the indexes. */
async function fromIndexedDb(name: string, lookups: readonly LookupKeys[]) {
  const cold = open(name);
  expect(cold.matchIndexState).toBe('cold');
  return cold.findMatchCandidates(lookups, 3);
}

async function fromMemory(store: DexieMirrorStore, lookups: readonly LookupKeys[]) {
  await store.warmMatchIndex();
  const found = await store.findMatchCandidates(lookups, 3);
  expect(store.matchIndexState).toBe('ready');
  return found;
}

const person = (id: string, name: string, ...addresses: string[]) =>
  aSyncedRow(id, { displayName: name, emailAddresses: addresses.map((address) => ({ address })) });
const LOOKUPS = [
  lookupKeysFor({ address: 'ann@contoso.example', displayName: 'Ann Lee' }),
  lookupKeysFor({ address: 'ANN+list@contoso.example' }),
  lookupKeysFor({ address: 'new@contoso.example', displayName: 'Lee, Ann' }),
  lookupKeysFor({ address: 'bo@fabrikam.example', displayName: 'Bo Chen' }),
];

describe('the in-memory match index of the Dexie mirror', () => {
  it('answers what the IndexedDB indexes answer, for any mirror and any participants', async () => {
    const given = fc.constantFrom('Ann', 'Bo', 'Cy', 'Di');
    const family = fc.constantFrom('Lee', 'Chen', 'García', '李');
    const local = fc.constantFrom('ann', 'bo', 'cy', 'ann+x', 'bo+news');
    const domain = fc.constantFrom('contoso.example', 'fabrikam.example', 'gmail.com');
    const address = fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`);
    const contact = fc.record({ givenName: given, surname: family, emails: fc.array(address, { maxLength: 3 }), deleted: fc.boolean() });
    const participant = fc.record({ address, displayName: fc.option(fc.tuple(given, family).map(([g, f]) => `${f}, ${g}`), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(fc.array(contact, { maxLength: 12 }), fc.array(participant, { minLength: 1, maxLength: 6 }), async (contacts, participants) => {
        const rows = contacts.map((c, i) => {
          const fields: ContactFields = { givenName: c.givenName, surname: c.surname, emailAddresses: c.emails.map((a) => ({ address: a })) };
          return { ...aSyncedRow(`g${i}`, fields), ...(c.deleted ? { deleted: true } : {}) };
        });
        const { name, store } = await seeded(rows);
        const lookups = participants.map(lookupKeysFor);
        expect(await fromMemory(store, lookups)).toEqual(await fromIndexedDb(name, lookups));
        for (const each of opened.splice(0)) await each.close();
      }),
      { seed: 20_261_125, numRuns: 40 },
    );
  });

  it('follows pulled changes, removals and local captures made after it was built', async () => {
    const { name, store } = await seeded([person('g1', 'Ann Lee', 'ann@contoso.example'), person('g2', 'Bo Chen', 'bo@fabrikam.example')]);
    await store.warmMatchIndex();
    await apply(store, [
      { kind: 'upsert', contact: person('g1', 'Ann Lee', 'ann.lee@fabrikam.example') },
      { kind: 'remove', localId: person('g2', '', '').localId, conflicts: [] },
      { kind: 'upsert', contact: person('g3', 'Cy Park', 'cy@contoso.example') },
    ]);
    await captureContact({ store, now: () => 1, newClientId: () => 'client-1' as ClientId }, { displayName: 'Di Ruiz', emailAddresses: [{ address: 'di@contoso.example' }] });
    const lookups = [...LOOKUPS, lookupKeysFor({ address: 'di@contoso.example' }), lookupKeysFor({ address: 'cy@contoso.example' })];
    const warm = await fromMemory(store, lookups);
    expect(warm).toEqual(await fromIndexedDb(name, lookups));
    expect(warm.map((found) => found.byAddress.length)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('follows thousands of changes named row by row, reading each changed row once and never the whole mirror again', async () => {
    const { name } = await seeded([person('g1', 'Ann Lee', 'ann@contoso.example')]);
    const db = new MirrorDb(name);
    const cache = new MatchIndexCache(db);
    try {
      await cache.warm();
      // Writes of fewer than 50 rows, which Dexie's change feed names row by row: more rows than one catch-up reads.
      for (let page = 0; page < 13; page += 1) {
        for (let part = 0; part < 5; part += 1) {
          await db.contacts.bulkPut(Array.from({ length: 40 }, (_, j) => contactRecordOf(person(`p${page}-${part * 40 + j}`, `Bo Chen ${page} ${part * 40 + j}`, `bo${page}.${part * 40 + j}@fabrikam.example`))));
        }
      }
      const found = await cache.lookup([lookupKeysFor({ address: 'bo12.199@fabrikam.example' }), lookupKeysFor({ address: 'bo0.0@fabrikam.example' }), LOOKUPS[0] as LookupKeys], 3);
      expect(cache.state).toBe('ready');
      expect(found?.map((each) => each.byAddress.map((row) => row.localId))).toEqual([[person('p12-199', '', '').localId], [person('p0-0', '', '').localId], [person('g1', '', '').localId]]);
    } finally {
      cache.close();
      db.close();
    }
  });

  it('follows writes made through another connection to the same mirror', async () => {
    const { name, store } = await seeded([person('g1', 'Ann Lee', 'ann@contoso.example')]);
    await store.warmMatchIndex();
    const otherPane = open(name);
    await apply(otherPane, [{ kind: 'upsert', contact: person('g9', 'Bo Chen', 'bo@fabrikam.example') }]);
    await otherPane.applyFolderPlan({ upserts: [], removed: [FOLDER] });
    const warm = await fromMemory(store, LOOKUPS);
    expect(warm).toEqual(await fromIndexedDb(name, LOOKUPS));
    expect(warm.flatMap((found) => [...found.byAddress, ...found.byName, ...found.byDomain])).toEqual([]);
  });

  it('reads IndexedDB after a change it cannot name row by row, then builds again', async () => {
    const { name, store } = await seeded([person('g1', 'Ann Lee', 'ann@contoso.example')]);
    await store.warmMatchIndex();
    const raw = new Dexie(name);
    await raw.open();
    await raw.table('contacts').clear();
    raw.close();
    expect(await store.findMatchCandidates(LOOKUPS, 3)).toEqual(await fromIndexedDb(name, LOOKUPS));
    expect((await store.findMatchCandidates(LOOKUPS, 3))[0]?.byAddress).toEqual([]);
    await store.warmMatchIndex();
    expect(store.matchIndexState).toBe('ready');
    await apply(store, [{ kind: 'upsert', contact: person('g4', 'Ann Lee', 'ann@contoso.example') }]);
    expect((await store.findMatchCandidates(LOOKUPS, 3))[0]?.byAddress.map((row) => row.localId)).toEqual([person('g4', '', '').localId]);
  });

  it('builds again by itself once changes it cannot name have paused, answering from IndexedDB until then', async () => {
    const { name } = await seeded([person('g1', 'Ann Lee', 'ann@contoso.example')]);
    const db = new MirrorDb(name);
    const cache = new MatchIndexCache(db);
    try {
      await cache.warm();
      // A write of 50 rows or more: Dexie reports the whole table changed.
      await db.contacts.bulkPut(Array.from({ length: 60 }, (_, i) => contactRecordOf(person(`w${i}`, `Cy Park ${i}`, `cy${i}@contoso.example`))));
      expect(await cache.lookup(LOOKUPS, 3)).toBeUndefined();
      await eventually(() => cache.lookup([lookupKeysFor({ address: 'cy59@contoso.example' })], 3).then((found) => found?.[0]?.byAddress.length)).toBe(1);
      expect(cache.state).toBe('ready');
    } finally {
      cache.close();
      db.close();
    }
  });

  it('answers small match rows, not whole contacts', async () => {
    const { store } = await seeded([person('g1', 'Ann Lee', 'ann@contoso.example')]);
    const [found] = await fromMemory(store, LOOKUPS);
    expect(found?.byAddress[0]).toEqual({ localId: person('g1', '', '').localId, folderId: FOLDER, fields: { displayName: 'Ann Lee', emailAddresses: [{ address: 'ann@contoso.example' }] } });
    expect(found?.byAddress[0]).not.toHaveProperty('graphId', 'g1' as GraphId);
  });
});
