import { describe, expect, it } from 'vitest';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { StoreError } from '../../../src/core/errors.js';
import type { ImportDraft } from '../../../src/core/import/import-draft.js';
import { importReportCsv } from '../../../src/core/import/import-report.js';
import type { MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import { importContacts, WRITE_BATCH } from '../../../src/engine/import-contacts.js';
import type { ImportRequest } from '../../../src/engine/import-contacts.js';
import type { OutboxStore } from '../../../src/ports/outbox-store.js';
import { aSyncedRow, FOLDER } from '../../fakes/contact-builders.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';
import { InMemoryPhotoQueue } from '../../fakes/in-memory-photo-queue.js';

const SHARED = 'shared-1' as GraphId;

async function aMirror(rows: readonly MirrorContact[]): Promise<InMemoryMirrorStore> {
  const store = new InMemoryMirrorStore();
  await store.applyFolderPlan({
    upserts: [
      { id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false },
      { id: SHARED, displayName: 'Team', isDefault: false, mailbox: 'boss@x.example', readOnly: true },
    ],
    removed: [],
  });
  await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: FOLDER });
  return store;
}

const draft = (row: number, fields: ImportDraft['fields'], extra: Partial<ImportDraft> = {}): ImportDraft => ({ file: 'c.csv', row, fields, present: Object.keys(fields) as ImportDraft['present'], problems: [], ...extra });

const DRAFTS: readonly ImportDraft[] = [
  draft(2, { givenName: 'Ada', surname: 'Lovelace', emailAddresses: [{ address: 'ADA@example.com' }], jobTitle: 'Analyst' }),
  draft(3, { givenName: 'Grace', surname: 'Hopper', companyName: 'Navy' }),
  draft(4, {}, { rejected: 'the row has nothing to import' }),
  draft(5, { givenName: 'Alan', surname: 'Turing', emailAddresses: [{ address: 'alan@example.com' }] }),
];

const MIRROR = [
  aSyncedRow('g-1', { givenName: 'Ada', surname: 'Lovelace', displayName: 'Ada Lovelace', emailAddresses: [{ address: 'ada@example.com' }], mobilePhone: '+44 1' }),
  aSyncedRow('g-2', { displayName: 'Grace Hopper', companyName: 'navy ' }),
];

const request = (extra: Partial<ImportRequest> = {}): ImportRequest => ({ file: 'c.csv', fileIdentity: 'c.csv:1:abc', drafts: DRAFTS, onMatch: 'update', folderId: FOLDER, ...extra });

describe('importContacts', () => {
  it('updates matched contacts with only the fields the file has, creates the others and reports each row', async () => {
    const store = await aMirror(MIRROR);
    const progress: number[] = [];
    const report = await importContacts({ store, now: () => 1000 }, request({ onProgress: ({ done }) => progress.push(done) }));
    expect(report.rows.map((row) => [row.row, row.outcome])).toEqual([[2, 'updated'], [3, 'updated'], [4, 'rejected'], [5, 'created']]);
    expect(report).toMatchObject({ created: 1, updated: 2, skipped: 0, failed: [{ row: 4, outcome: 'rejected', reason: 'the row has nothing to import' }] });
    expect(progress).toEqual([4]);
    const ada = (await store.listContacts({})).find((contact) => contact.graphId === 'g-1');
    expect(ada?.fields).toMatchObject({ mobilePhone: '+44 1', jobTitle: 'Analyst', emailAddresses: [{ address: 'ADA@example.com' }] });
    const pending = await store.pending();
    expect(pending.map((entry) => entry.op.kind).sort()).toEqual(['create', 'update', 'update']);
  });

  it('matches by name and company when there is no shared address, and skips a row that changes nothing', async () => {
    const store = await aMirror(MIRROR);
    const drafts = [draft(2, { givenName: 'Grace', surname: 'Hopper', companyName: 'Navy', jobTitle: 'Admiral' }), draft(3, { displayName: 'Ada Lovelace', mobilePhone: '+44 1' })];
    const report = await importContacts({ store, now: () => 1 }, request({ drafts }));
    expect(report.rows.map((row) => [row.outcome, row.reason])).toEqual([['updated', undefined], ['skipped', 'the contact already has these values']]);
    expect((await store.listContacts({})).find((contact) => contact.graphId === 'g-2')?.fields).toEqual({ displayName: 'Grace Hopper', givenName: 'Grace', surname: 'Hopper', companyName: 'Navy', jobTitle: 'Admiral' });
  });

  it('skips matched contacts when asked, and creates them all when asked', async () => {
    const skip = await importContacts({ store: await aMirror(MIRROR), now: () => 1 }, request({ onMatch: 'skip' }));
    expect(skip.rows.map((row) => row.outcome)).toEqual(['skipped', 'skipped', 'rejected', 'created']);
    const create = await importContacts({ store: await aMirror(MIRROR), now: () => 1 }, request({ onMatch: 'create' }));
    expect(create.rows.map((row) => row.outcome)).toEqual(['created', 'created', 'rejected', 'created']);
  });

  it('never duplicates when an interrupted import runs again', async () => {
    const store = await aMirror([]);
    let writes = 0;
    const failing: OutboxStore = {
      enqueue: (localId, change) => {
        writes += 1;
        if (writes > 1) return Promise.reject(new StoreError('The transaction was aborted.'));
        return store.enqueue(localId, change);
      },
      // The batch fails as a whole: the rows are written again one by one.
      enqueueMany: () => Promise.reject(new StoreError('The transaction was aborted.')),
      withdraw: (withdrawals) => store.withdraw(withdrawals),
      pending: (limit) => store.pending(limit),
      countPending: () => store.countPending(),
      settle: (...args) => store.settle(...args),
    };
    const first = await importContacts({ store: { listFolders: () => store.listFolders(), allRows: () => store.allRows(), ...failing }, now: () => 1 }, request({ onMatch: 'create' }));
    expect(first.rows.map((row) => row.outcome)).toEqual(['created', 'failed', 'rejected', 'failed']);
    expect(first.failed.map((row) => row.reason)).toContain('The transaction was aborted.');
    const again = await importContacts({ store, now: () => 2 }, request({ onMatch: 'create' }));
    expect(again.rows.map((row) => [row.outcome, row.reason])).toEqual([
      ['skipped', 'imported by an earlier run of this file'],
      ['created', undefined],
      ['rejected', 'the row has nothing to import'],
      ['created', undefined],
    ]);
    expect(await store.countPending()).toBe(3);
    expect(new Set((await store.allRows()).map((row) => row.clientId)).size).toBe(3);
  });

  it('writes a large file in batches, one transaction each, and tells the progress after each', async () => {
    const store = await aMirror([]);
    const batches: number[] = [];
    const counting: OutboxStore = {
      enqueue: (localId, change) => store.enqueue(localId, change),
      enqueueMany: (changes) => {
        batches.push(changes.length);
        return store.enqueueMany(changes);
      },
      withdraw: (withdrawals) => store.withdraw(withdrawals),
      pending: (limit) => store.pending(limit),
      countPending: () => store.countPending(),
      settle: (...args) => store.settle(...args),
    };
    const count = WRITE_BATCH * 2 + 7;
    const drafts = Array.from({ length: count }, (_, index) => draft(index + 2, { givenName: `Person${index}`, emailAddresses: [{ address: `p${index}@example.com` }] }));
    const progress: number[] = [];
    const report = await importContacts({ store: { listFolders: () => store.listFolders(), allRows: () => store.allRows(), ...counting }, now: () => 1 }, request({ drafts, onProgress: ({ done }) => progress.push(done) }));
    expect(report.created).toBe(count);
    expect(batches).toEqual([WRITE_BATCH, WRITE_BATCH, 7]);
    expect(progress).toEqual([WRITE_BATCH, WRITE_BATCH * 2, count]);
    expect(await store.countPending()).toBe(count);
  });

  it('reports what a dry run would create and update, and writes nothing', async () => {
    const store = await aMirror(MIRROR);
    const before = await store.allRows();
    const report = await importContacts({ store, now: () => 1 }, request({ dryRun: true }));
    expect(report.rows.map((row) => [row.row, row.outcome])).toEqual([[2, 'updated'], [3, 'updated'], [4, 'rejected'], [5, 'created']]);
    expect(await store.countPending()).toBe(0);
    expect(await store.allRows()).toEqual(before);
  });

  it('refuses a read-only target folder', async () => {
    await expect(importContacts({ store: await aMirror([]), now: () => 1 }, request({ folderId: SHARED }))).rejects.toThrow('The folder chosen for the import cannot take new contacts.');
  });

  it('skips a later row that is the same contact as an earlier row of the file', async () => {
    const drafts = [draft(2, { emailAddresses: [{ address: 'x@y.example' }] }), draft(3, { givenName: 'X', emailAddresses: [{ address: 'x@y.example' }] })];
    const report = await importContacts({ store: await aMirror([]), now: () => 1 }, request({ drafts }));
    expect(report.rows.map((row) => [row.outcome, row.reason])).toEqual([['created', undefined], ['skipped', 'same contact as row 2 of this file']]);
  });
});

describe('importReportCsv', () => {
  it('writes one line per row and per problem, formula-like cells escaped', () => {
    const csv = importReportCsv({
      file: 'c.csv',
      created: 1,
      updated: 0,
      skipped: 0,
      failed: [],
      rows: [{ row: 2, outcome: 'created', name: '=HYPERLINK("x")' }],
      problems: [{ file: 'c.csv', row: 2, field: 'birthday', message: "birthday '2/30/1990', left out" }],
    });
    expect(csv).toBe('\uFEFFFile,Row,Outcome,Contact,Field,Reason\r\nc.csv,2,created,"\'=HYPERLINK(""x"")",,\r\nc.csv,2,note,,birthday,"birthday \'2/30/1990\', left out"\r\n');
  });
});

describe('importContacts with photos', () => {
  const JPEG = { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9]), mediaType: 'image/jpeg' };

  it('keeps the photo of each created or updated row for upload, and none for a skipped or rejected row or a dry run', async () => {
    const store = await aMirror(MIRROR);
    const photos = new InMemoryPhotoQueue();
    const drafts = [
      draft(2, { givenName: 'Ada', surname: 'Lovelace', emailAddresses: [{ address: 'ada@example.com' }], jobTitle: 'Countess' }, { photo: JPEG }),
      draft(3, { givenName: 'Alan', surname: 'Turing' }, { photo: JPEG }),
      draft(4, { displayName: 'Grace Hopper', companyName: 'navy ' }, { photo: JPEG }),
      draft(5, {}, { rejected: 'the row has nothing to import', photo: JPEG }),
    ];
    await importContacts({ store, now: () => 1000, photos }, request({ drafts, dryRun: true }));
    expect(await photos.countPendingPhotos()).toBe(0);
    const report = await importContacts({ store, now: () => 2000, photos }, request({ drafts, onMatch: 'update' }));
    expect(report.rows.map((row) => [row.row, row.outcome])).toEqual([[2, 'updated'], [3, 'created'], [4, 'skipped'], [5, 'rejected']]);
    const pending = await photos.pendingPhotos();
    const contacts = await store.listContacts({});
    const nameOf = (localId: string) => contacts.find((contact) => contact.localId === localId)?.fields.givenName;
    expect(pending.map((photo) => nameOf(photo.localId)).sort()).toEqual(['Ada', 'Alan']);
    expect(pending.every((photo) => photo.at === 2000 && [...photo.bytes].join() === [...JPEG.bytes].join())).toBe(true);
  });
});
