// The import preview over the in-memory mirror: the first rows as contacts with their problems, the mirror
// contact each matches, and nothing written.
import { describe, expect, it } from 'vitest';
import type { ImportDraft } from '../../../src/core/import/import-draft.js';
import type { MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import { previewImport } from '../../../src/engine/preview-import.js';
import { aSyncedRow, FOLDER } from '../../fakes/contact-builders.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';

async function aMirror(rows: readonly MirrorContact[]): Promise<InMemoryMirrorStore> {
  const store = new InMemoryMirrorStore();
  await store.applyFolderPlan({ upserts: [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }], removed: [] });
  await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: FOLDER });
  return store;
}

const draft = (row: number, fields: ImportDraft['fields'], extra: Partial<ImportDraft> = {}): ImportDraft => ({ file: 'c.csv', row, fields, present: Object.keys(fields) as ImportDraft['present'], problems: [], ...extra });

describe('previewImport', () => {
  it('shows each row as a contact with its problems and the mirror contact it matches, writing nothing', async () => {
    const store = await aMirror([aSyncedRow('g-1', { displayName: 'Ada Lovelace', emailAddresses: [{ address: 'ada@example.com' }] })]);
    const drafts = [
      draft(2, { givenName: 'Ada', surname: 'L', emailAddresses: [{ address: 'ADA@example.com' }], mobilePhone: '+44 1' }),
      draft(3, { givenName: 'Alan', surname: 'Turing', companyName: 'NPL', businessPhones: ['+44 2'] }, { problems: [{ file: 'c.csv', row: 3, field: 'birthday', message: 'not a date' }] }),
      draft(4, {}, { rejected: 'the row has nothing to import' }),
    ];
    const rows = await previewImport(store, { drafts, fileIdentity: 'c.csv:1:abc' });
    expect(rows).toEqual([
      { row: 2, name: 'Ada L', email: 'ADA@example.com', phone: '+44 1', problems: [], matches: 'Ada Lovelace' },
      { row: 3, name: 'Alan Turing', phone: '+44 2', company: 'NPL', problems: ['birthday: not a date'] },
      { row: 4, name: '', problems: ['the row has nothing to import'] },
    ]);
    expect(await store.pending()).toEqual([]);
  });

  it('shows only the first rows', async () => {
    const store = await aMirror([]);
    const drafts = Array.from({ length: 25 }, (_, index) => draft(index + 2, { displayName: `Person ${index}` }));
    expect((await previewImport(store, { drafts, fileIdentity: 'f', limit: 5 })).map((row) => row.row)).toEqual([2, 3, 4, 5, 6]);
  });
});
