// The MirrorStore and OutboxStore contract: every implementation (in-memory fake, Dexie on fake-indexeddb)
// runs this suite, so the engine can be tested against the fake and trusted against the real store.
import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../src/core/contact/contact.js';
import type { ConflictEntry } from '../../src/core/sync/conflict-entry.js';
import type { MirrorContact } from '../../src/core/sync/mirror-contact.js';
import type { PullAction } from '../../src/core/sync/pull-action.js';
import type { FolderRemovalRequest, MatchRow, MirrorStore, PullPageRequest } from '../../src/ports/mirror-store.js';
import type { OutboxStore } from '../../src/ports/outbox-store.js';
import { FOLDER, aContact, aLocalRow, aSyncedRow } from '../fakes/contact-builders.js';

export type LocalStore = MirrorStore & OutboxStore;
export type StoreSetup = () => Promise<{ subject: LocalStore; teardown: () => Promise<void> }>;

const folder = { id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false };
const CLIENTS = 'folder-clients' as GraphId;

function writing(actions: readonly PullAction[], extra: Partial<PullPageRequest> = {}): PullPageRequest {
  return { localIds: [], graphIds: [], plan: () => actions, ...extra };
}

/** Runs `test` on a fresh store from `setup`, tearing it down afterwards. */
export async function withStore(setup: StoreSetup, test: (store: LocalStore) => Promise<void>): Promise<void> {
  const { subject, teardown } = await setup();
  try {
    await test(subject);
  } finally {
    await teardown();
  }
}

export function runMirrorStoreContract(name: string, setup: StoreSetup): void {
  const ada = aSyncedRow('g1', aContact({ displayName: 'Ada Lovelace', businessPhones: ['+44 20 7946 0000'] }));
  const bob = aSyncedRow('g2', aContact({ displayName: 'Bob Byron', givenName: 'Bob', surname: 'Byron', emailAddresses: [{ address: 'Bob@Example.com' }] }));
  const upsert = (contact: MirrorContact): PullAction => ({ kind: 'upsert', contact });

  describe(`MirrorStore contract: ${name}`, () => {
    describe('PullTarget: pages and folder plans, each in one transaction', () => {
      it('applies a page and its cursor together', () =>
        withStore(setup, async (store) => {
          const outcome = await store.applyPullPage(FOLDER, writing([upsert(ada), upsert(bob)]), { folderId: FOLDER, nextLink: 'next-1' });
          expect(outcome).toEqual({ written: 2, removed: 0, conflicts: 0 });
          expect((await store.listContacts()).map((row) => row.localId)).toEqual([ada.localId, bob.localId]);
          expect(await store.getSyncState(FOLDER)).toEqual({ folderId: FOLDER, nextLink: 'next-1' });
        }));

      it('answers whether a folder holds any row, a tombstone included', () =>
        withStore(setup, async (store) => {
          expect(await store.holdsRowsIn(FOLDER)).toBe(false);
          await store.applyPullPage(FOLDER, writing([upsert({ ...ada, deleted: true })]), { folderId: FOLDER });
          expect(await store.holdsRowsIn(FOLDER)).toBe(true);
          expect(await store.holdsRowsIn(CLIENTS)).toBe(false);
        }));

      it('writes neither rows nor cursor when the planner throws', () =>
        withStore(setup, async (store) => {
          await store.applyPullPage(FOLDER, writing([upsert(ada)]), { folderId: FOLDER, nextLink: 'next-1' });
          const failing: PullPageRequest = { localIds: [], graphIds: [], plan: () => { throw new Error('planner failed'); } };
          await expect(store.applyPullPage(FOLDER, failing, { folderId: FOLDER, deltaLink: 'delta-1' })).rejects.toThrow();
          expect(await store.getSyncState(FOLDER)).toEqual({ folderId: FOLDER, nextLink: 'next-1' });
          expect(await store.listContacts()).toHaveLength(1);
        }));

      it('hands the planner the rows named by local id and by graph id', () =>
        withStore(setup, async (store) => {
          await store.applyPullPage(FOLDER, writing([upsert(ada), upsert(bob)]), { folderId: FOLDER });
          let seen: string[] = [];
          const request: PullPageRequest = {
            localIds: [ada.localId],
            graphIds: ['g2' as GraphId, 'g9' as GraphId],
            plan: (state) => {
              seen = [...state.rows.keys()].sort();
              expect(state.byGraphId.get('g2' as GraphId)).toBe(bob.localId);
              return [];
            },
          };
          await store.applyPullPage(FOLDER, request, { folderId: FOLDER });
          expect(seen).toEqual([ada.localId, bob.localId].sort());
        }));

      it('hands the planner the whole folder when asked', () =>
        withStore(setup, async (store) => {
          await store.applyPullPage(FOLDER, writing([upsert(ada), upsert({ ...bob, folderId: 'other' as GraphId })]), { folderId: FOLDER });
          let folderIds: string[] = [];
          await store.applyPullPage(FOLDER, writing([], { wholeFolder: true, plan: (_state, rows) => { folderIds = rows.map((row) => row.localId); return []; } }), { folderId: FOLDER });
          expect(folderIds).toEqual([ada.localId]);
        }));

      it('removes a contact with its outbox entries and logs its conflicts', () =>
        withStore(setup, async (store) => {
          await store.applyPullPage(FOLDER, writing([upsert(ada)]), { folderId: FOLDER });
          await store.enqueue(ada.localId, (row) => row && { contact: { ...row, localChangedAt: 5 }, op: { kind: 'update', fields: ['jobTitle'] }, at: 5 });
          const conflict = { localId: ada.localId, reason: 'deleted-on-server' as const, keptSide: 'remote' as const, kept: undefined, lost: { jobTitle: 'Poet' }, at: 7 };
          const outcome = await store.applyPullPage(FOLDER, writing([{ kind: 'remove', localId: ada.localId, conflicts: [conflict] }]), { folderId: FOLDER });
          expect(outcome).toEqual({ written: 0, removed: 1, conflicts: 1 });
          expect(await store.getContact(ada.localId)).toBeUndefined();
          expect(await store.countPending()).toBe(0);
          expect(await store.listConflicts()).toEqual([expect.objectContaining({ ...conflict, seq: expect.any(Number) })]);
        }));

      it('keeps folders and removes a vanished folder with its contacts and sync state', () =>
        withStore(setup, async (store) => {
          await store.applyFolderPlan({ upserts: [folder], removed: [] });
          await store.applyPullPage(FOLDER, writing([upsert(ada)]), { folderId: FOLDER, deltaLink: 'd' });
          expect(await store.listFolders()).toEqual([folder]);
          await store.applyFolderPlan({ upserts: [], removed: [FOLDER] });
          expect(await store.listFolders()).toEqual([]);
          expect(await store.getSyncState(FOLDER)).toBeUndefined();
          expect(await store.allRows()).toEqual([]);
        }));

      it('hands a removal planner the removed folders and their rows, and keeps what it keeps with a create entry each', () =>
        withStore(setup, async (store) => {
          const clients = { ...folder, id: CLIENTS, displayName: 'Clients', isDefault: false };
          await store.applyFolderPlan({ upserts: [folder, clients], removed: [] });
          await store.applyPullPage(CLIENTS, writing([upsert({ ...ada, folderId: CLIENTS }), upsert({ ...bob, folderId: CLIENTS })]), { folderId: CLIENTS, deltaLink: 'd' });
          await store.enqueue(ada.localId, (row) => row && { contact: { ...row, fields: { ...row.fields, jobTitle: 'Poet' }, localChangedAt: 5 }, op: { kind: 'update', fields: ['jobTitle'] }, at: 5 });
          const kept: MirrorContact = { ...aLocalRow('kept-1', { ...ada.fields, jobTitle: 'Poet' }), folderId: FOLDER, localChangedAt: 5 };
          const conflict: ConflictEntry = { localId: kept.localId, reason: 'folder-deleted', keptSide: 'local', kept: kept.fields, lost: undefined, at: 9, folder: { id: CLIENTS, name: 'Clients', keptIn: 'Contacts' } };
          let seen: { folders: string[]; rows: string[] } = { folders: [], rows: [] };
          const removal: FolderRemovalRequest = {
            plan: (folders, rows) => {
              seen = { folders: folders.map((f) => f.displayName), rows: rows.map((row) => row.localId).sort() };
              return { kept: [kept], conflicts: [conflict] };
            },
          };
          await store.applyFolderPlan({ upserts: [], removed: [CLIENTS] }, removal);
          expect(seen).toEqual({ folders: ['Clients'], rows: [ada.localId, bob.localId].sort() });
          expect(await store.listFolders()).toEqual([folder]);
          expect(await store.getSyncState(CLIENTS)).toBeUndefined();
          expect(await store.allRows()).toEqual([kept]);
          expect(await store.pending()).toEqual([{ seq: expect.any(Number), localId: kept.localId, op: { kind: 'create' }, at: 5 }]);
          expect(await store.listConflicts()).toEqual([{ ...conflict, seq: expect.any(Number) }]);
        }));

      it('removes no folder and no contact when the removal planner throws', () =>
        withStore(setup, async (store) => {
          await store.applyFolderPlan({ upserts: [folder], removed: [] });
          await store.applyPullPage(FOLDER, writing([upsert(ada)]), { folderId: FOLDER, deltaLink: 'd' });
          const failing: FolderRemovalRequest = { plan: () => { throw new Error('planner failed'); } };
          await expect(store.applyFolderPlan({ upserts: [], removed: [FOLDER] }, failing)).rejects.toThrow();
          expect(await store.listFolders()).toEqual([folder]);
          expect(await store.getSyncState(FOLDER)).toEqual({ folderId: FOLDER, deltaLink: 'd' });
          expect(await store.allRows()).toEqual([ada]);
        }));
    });

    describe('OutboxStore: local changes and their settling', () => {
      it('writes a local change and its outbox entry together, in order', () =>
        withStore(setup, async (store) => {
          const row = aLocalRow('c1', aContact());
          const first = await store.enqueue(row.localId, () => ({ contact: row, op: { kind: 'create' }, at: 1 }));
          const second = await store.enqueue(row.localId, (current) => current && { contact: { ...current, fields: aContact({ jobTitle: 'Poet' }) }, op: { kind: 'update', fields: ['jobTitle'] }, at: 2 });
          expect(second!.seq).toBeGreaterThan(first!.seq);
          expect((await store.pending()).map((entry) => entry.op.kind)).toEqual(['create', 'update']);
          expect((await store.getContact(row.localId))?.fields.jobTitle).toBe('Poet');
        }));

      it('writes many local changes in one go, in order, a later change of a contact seeing the earlier one', () =>
        withStore(setup, async (store) => {
          const row = aLocalRow('c1', aContact());
          const answers = await store.enqueueMany([
            { localId: row.localId, change: (current) => (current === undefined ? { contact: row, op: { kind: 'create' }, at: 1 } : undefined) },
            { localId: ada.localId, change: () => undefined },
            { localId: row.localId, change: (current) => current && { contact: { ...current, fields: aContact({ jobTitle: 'Poet' }) }, op: { kind: 'update', fields: ['jobTitle'] }, at: 2 } },
          ]);
          expect(answers.map((entry) => entry?.op.kind)).toEqual(['create', undefined, 'update']);
          expect(answers[2]!.seq).toBeGreaterThan(answers[0]!.seq);
          expect((await store.pending()).map((entry) => [entry.seq, entry.op.kind])).toEqual([[answers[0]!.seq, 'create'], [answers[2]!.seq, 'update']]);
          expect((await store.getContact(row.localId))?.fields.jobTitle).toBe('Poet');
        }));

      it('writes none of many local changes when one of them throws', () =>
        withStore(setup, async (store) => {
          const row = aLocalRow('c1', aContact());
          const failing = store.enqueueMany([
            { localId: row.localId, change: () => ({ contact: row, op: { kind: 'create' }, at: 1 }) },
            { localId: ada.localId, change: () => { throw new Error('no change for this one'); } },
          ]);
          await expect(failing).rejects.toThrow();
          expect(await store.countPending()).toBe(0);
          expect(await store.getContact(row.localId)).toBeUndefined();
        }));

      it('writes nothing when the change answers nothing', () =>
        withStore(setup, async (store) => {
          expect(await store.enqueue(ada.localId, () => undefined)).toBeUndefined();
          expect(await store.countPending()).toBe(0);
        }));

      it('withdraws local changes of several contacts together, restoring each row as it was', () =>
        withStore(setup, async (store) => {
          await store.applyPullPage(FOLDER, writing([upsert(ada), upsert(bob)]), { folderId: FOLDER });
          const created = aLocalRow('c1', aContact({ displayName: 'Cy New' }));
          const [edit, removal, create] = await store.enqueueMany([
            { localId: ada.localId, change: (current) => current && { contact: { ...current, fields: { ...current.fields, jobTitle: 'Poet' } }, op: { kind: 'update', fields: ['jobTitle'] }, at: 2 } },
            { localId: bob.localId, change: (current) => current && { contact: { ...current, deleted: true }, op: { kind: 'delete' }, at: 2 } },
            { localId: created.localId, change: () => ({ contact: created, op: { kind: 'create' }, at: 2 }) },
          ]);
          const withdrawals = [
            { localId: ada.localId, seqs: [edit!.seq], before: ada },
            { localId: bob.localId, seqs: [removal!.seq], before: bob },
            { localId: created.localId, seqs: [create!.seq], before: undefined },
          ];
          expect(await store.withdraw(withdrawals)).toBe(true);
          expect(await store.countPending()).toBe(0);
          expect((await store.listContacts()).map((row) => [row.graphId, row.fields.jobTitle])).toEqual([['g1', undefined], ['g2', undefined]]);
          expect(await store.getContact(created.localId)).toBeUndefined();
          expect(await store.withdraw(withdrawals)).toBe(false);
        }));

      it('withdraws nothing when one of the changes was pushed or edited since', () =>
        withStore(setup, async (store) => {
          await store.applyPullPage(FOLDER, writing([upsert(ada), upsert(bob)]), { folderId: FOLDER });
          const deleting = (current: MirrorContact | undefined) => current && { contact: { ...current, deleted: true }, op: { kind: 'delete' as const }, at: 2 };
          const [first, second] = await store.enqueueMany([
            { localId: ada.localId, change: deleting },
            { localId: bob.localId, change: deleting },
          ]);
          await store.settle(bob.localId, [second!.seq], () => undefined);
          const both = [
            { localId: ada.localId, seqs: [first!.seq], before: ada },
            { localId: bob.localId, seqs: [second!.seq], before: bob },
          ];
          expect(await store.withdraw(both)).toBe(false);
          expect((await store.getContact(ada.localId))?.deleted).toBe(true);
          expect(await store.getContact(bob.localId)).toBeUndefined();
          await store.enqueue(ada.localId, (current) => current && { contact: current, op: { kind: 'update', fields: ['surname'] }, at: 3 });
          expect(await store.withdraw([both[0]!])).toBe(false);
          expect(await store.countPending()).toBe(2);
        }));

      it('withdraws no delete the push has begun sending', () =>
        withStore(setup, async (store) => {
          await store.applyPullPage(FOLDER, writing([upsert(ada)]), { folderId: FOLDER });
          const removal = await store.enqueue(ada.localId, (current) => current && { contact: { ...current, deleted: true }, op: { kind: 'delete' }, at: 2 });
          await store.settle(ada.localId, [], (current) => current && { ...current, deleteSent: true });
          expect(await store.withdraw([{ localId: ada.localId, seqs: [removal!.seq], before: ada }])).toBe(false);
          expect((await store.getContact(ada.localId))?.deleted).toBe(true);
          expect(await store.countPending()).toBe(1);
        }));

      it('settles entries, tells whether newer ones remain, and writes the settled row', () =>
        withStore(setup, async (store) => {
          const row = aLocalRow('c1', aContact());
          const first = await store.enqueue(row.localId, () => ({ contact: row, op: { kind: 'create' }, at: 1 }));
          await store.enqueue(row.localId, (current) => current && { contact: current, op: { kind: 'update', fields: ['surname'] }, at: 2 });
          let newer: boolean | undefined;
          await store.settle(row.localId, [first!.seq], (current, newerPending) => {
            newer = newerPending;
            return current && { ...current, graphId: 'g5' as GraphId };
          });
          expect(newer).toBe(true);
          expect((await store.getContact(row.localId))?.graphId).toBe('g5');
          expect(await store.countPending()).toBe(1);
          await store.settle(row.localId, [], () => undefined, [{ localId: row.localId, reason: 'rejected', keptSide: 'remote', kept: undefined, lost: 'x', at: 3 }]);
          expect(await store.getContact(row.localId)).toBeUndefined();
          expect(await store.countPending()).toBe(0);
          expect(await store.listConflicts()).toHaveLength(1);
        }));
    });

    describe('ContactReader: live contacts by folder and text', () => {
      it('lists live contacts only, filtered by folder, text and limit', () =>
        withStore(setup, async (store) => {
          const gone = { ...aSyncedRow('g3', aContact({ displayName: 'Cy Gone' })), deleted: true };
          await store.applyPullPage(FOLDER, writing([upsert(ada), upsert(bob), upsert(gone)]), { folderId: FOLDER });
          expect((await store.listContacts()).map((row) => row.graphId)).toEqual(['g1', 'g2']);
          expect((await store.listContacts({ text: 'byr' })).map((row) => row.graphId)).toEqual(['g2']);
          expect((await store.listContacts({ text: '4420' })).map((row) => row.graphId)).toEqual(['g1']);
          expect(await store.listContacts({ folderId: 'other' as GraphId })).toEqual([]);
          expect(await store.listContacts({ limit: 1 })).toHaveLength(1);
          expect(await store.allRows()).toHaveLength(3);
        }));
    });

    describe('MatchReader: the contacts of a message’s participants', () => {
      it('finds contacts by normalized e-mail, phone digits and name token', () =>
        withStore(setup, async (store) => {
          await store.applyPullPage(FOLDER, writing([upsert(ada), upsert(bob)]), { folderId: FOLDER });
          expect((await store.findByEmail(' BOB@example.COM')).map((row) => row.graphId)).toEqual(['g2']);
          expect((await store.findByPhoneDigits('442079460000')).map((row) => row.graphId)).toEqual(['g1']);
          expect((await store.findByNameToken('lovelace')).map((row) => row.graphId)).toEqual(['g1']);
          expect(await store.findByEmail('nobody@example.com')).toEqual([]);
        }));

      it('finds match candidates by plus-base, name key and domain, one answer per lookup', () =>
        withStore(setup, async (store) => {
          const tagged = aSyncedRow('g4', aContact({ displayName: 'Cara Tag', emailAddresses: [{ address: 'Cara+News@Acme.example' }] }));
          const colleague = aSyncedRow('g5', aContact({ displayName: 'Dan Other', emailAddresses: [{ address: 'dan@acme.example' }] }));
          const gone = { ...aSyncedRow('g6', aContact({ displayName: 'Bob Byron', emailAddresses: [{ address: 'bob@example.com' }] })), deleted: true };
          await store.applyPullPage(FOLDER, writing([upsert(ada), upsert(bob), upsert(tagged), upsert(colleague), upsert(gone)]), { folderId: FOLDER });
          const found = await store.findMatchCandidates(
            [
              { email: 'b.byron@example.com', domain: 'example.com', nameKey: 'bob byron' },
              { email: 'cara@acme.example', domain: 'acme.example', nameKey: undefined },
              { email: 'nobody@nowhere.example', domain: undefined, nameKey: 'lovelace x' },
              { email: ' BOB@example.com', domain: 'example.com', nameKey: 'bob byron' },
              { email: 'erin@acme.example', domain: 'acme.example', nameKey: undefined },
            ],
            1,
          );
          const ids = (rows: readonly MatchRow[]) => rows.map((row) => row.localId);
          expect(found.map((rows) => ids(rows.byAddress))).toEqual([[], [tagged.localId], [], [bob.localId], []]);
          expect(found.map((rows) => ids(rows.byName))).toEqual([[bob.localId], [], [], [], []]);
          expect(found.map((rows) => rows.byDomain.length)).toEqual([1, 0, 0, 0, 1]);
          expect(found[0]?.byDomain.every((row) => row.localId !== gone.localId)).toBe(true);
          expect(found[1]?.byAddress[0]?.fields).toMatchObject({ displayName: 'Cara Tag', emailAddresses: [{ address: 'Cara+News@Acme.example' }] });
        }));
    });

    describe('SettingsStore and ConflictLog', () => {
      it('keeps settings and dismisses conflicts', () =>
        withStore(setup, async (store) => {
          await store.setSetting('syncIntervalMinutes', { value: 5 });
          expect(await store.getSetting('syncIntervalMinutes')).toEqual({ value: 5 });
          expect(await store.getSetting('missing')).toBeUndefined();
          const conflict = { localId: ada.localId, reason: 'rejected' as const, keptSide: 'remote' as const, kept: 1, lost: 2, at: 1 };
          await store.settle(ada.localId, [], () => 'keep', [conflict, conflict]);
          const [first, second] = await store.listConflicts();
          await store.dismissConflicts([first!.seq]);
          expect((await store.listConflicts()).map((entry) => entry.seq)).toEqual([second!.seq]);
        }));
    });

    describe('ContactReader: watching', () => {
      it('tells watchers the contacts now and after each change, until unsubscribed', () =>
        withStore(setup, async (store) => {
          // A watcher may be told the same contacts more than once (a change that raced a read): only the latest counts.
          const seen: number[] = [];
          let wanted = 0;
          let reached: () => void = () => undefined;
          const told = (count: number): Promise<void> => {
            wanted = count;
            return seen.at(-1) === count ? Promise.resolve() : new Promise((resolve) => { reached = resolve; });
          };
          let waiting = told(0);
          const stop = store.watchContacts({}, (contacts) => {
            seen.push(contacts.length);
            if (contacts.length === wanted) reached();
          });
          await waiting;
          waiting = told(1);
          await store.applyPullPage(FOLDER, writing([upsert(ada)]), { folderId: FOLDER });
          await waiting;
          stop();
          const before = seen.length;
          await store.applyPullPage(FOLDER, writing([upsert(bob)]), { folderId: FOLDER });
          await store.listContacts();
          expect(seen.length).toBe(before);
          expect(seen.at(-1)).toBe(1);
        }));

      it('tells count watchers the live contacts in all and per folder, after each change, without tombstones', () =>
        withStore(setup, async (store) => {
          const clients = { ...folder, id: CLIENTS, displayName: 'Clients', isDefault: false };
          const seen: { total: number; byFolder: Record<string, number> }[] = [];
          let until: { test: (latest: (typeof seen)[number]) => boolean; done: () => void } | undefined;
          const reaching = (test: (latest: (typeof seen)[number]) => boolean): Promise<void> => {
            const latest = seen.at(-1);
            if (latest !== undefined && test(latest)) return Promise.resolve();
            return new Promise((done) => { until = { test, done }; });
          };
          const stop = store.watchContactCounts((counts) => {
            const latest = { total: counts.total, byFolder: Object.fromEntries(counts.byFolder) };
            seen.push(latest);
            if (until?.test(latest) === true) until.done();
          });
          await reaching((latest) => latest.total === 0);
          expect(seen.at(-1)).toEqual({ total: 0, byFolder: {} });
          await store.applyFolderPlan({ upserts: [folder, clients], removed: [] });
          await store.applyPullPage(FOLDER, writing([upsert(ada), upsert(bob)]), { folderId: FOLDER });
          await store.applyPullPage(CLIENTS, writing([upsert({ ...aSyncedRow('g3', aContact({ displayName: 'Cy Client' })), folderId: CLIENTS })]), { folderId: CLIENTS });
          await reaching((latest) => latest.total === 3);
          expect(seen.at(-1)).toEqual({ total: 3, byFolder: { [FOLDER]: 2, [CLIENTS]: 1 } });
          await store.applyPullPage(FOLDER, writing([upsert({ ...bob, deleted: true })]), { folderId: FOLDER });
          await reaching((latest) => latest.total === 2);
          expect(seen.at(-1)).toEqual({ total: 2, byFolder: { [FOLDER]: 1, [CLIENTS]: 1 } });
          stop();
        }));
    });
  });
}
