import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/adapters/files/papaparse-csv.js';
import type { GraphId } from '../../../src/core/contact/contact.js';
import { readVCards } from '../../../src/core/mapping/read-vcard.js';
import type { MirrorContact } from '../../../src/core/sync/mirror-contact.js';
import type { CsvMappingDocument } from '../../../src/core/mapping/document/mapping-document.js';
import { exportContacts, fieldsNotExported, previewCsvExport } from '../../../src/engine/export-contacts.js';
import { aLocalRow, aSyncedRow, FOLDER } from '../../fakes/contact-builders.js';
import { InMemoryMirrorStore } from '../../fakes/in-memory-mirror-store.js';

const OTHER_FOLDER = 'folder-2' as GraphId;

async function aMirror(rows: readonly MirrorContact[]): Promise<InMemoryMirrorStore> {
  const store = new InMemoryMirrorStore();
  const folders = [FOLDER, OTHER_FOLDER].map((id) => ({ id, displayName: id, isDefault: id === FOLDER, mailbox: 'me', readOnly: false }));
  await store.applyFolderPlan({ upserts: folders, removed: [] });
  const plan = () => rows.map((contact) => ({ kind: 'upsert' as const, contact }));
  await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan }, { folderId: FOLDER });
  return store;
}

const ROWS: readonly MirrorContact[] = [
  aSyncedRow('g-1', { givenName: 'John', surname: 'Doe', displayName: 'John Doe', emailAddresses: [{ address: 'john.doe@fabrikam.example' }], companyName: 'Fabrikam Inc.' }),
  aSyncedRow('g-2', { givenName: '雷', surname: '李', displayName: '李雷', emailAddresses: [{ address: 'lilei@lantian.example.cn' }] }),
  { ...aSyncedRow('g-3', { givenName: 'Priya', surname: 'Sharma', displayName: 'Priya Sharma' }), folderId: OTHER_FOLDER },
  aLocalRow('client-4', { givenName: 'Klaus', surname: 'Fischer', displayName: 'Klaus Fischer' }),
  { ...aSyncedRow('g-5', { givenName: 'Gone', surname: 'Away', displayName: 'Gone Away' }), deleted: true, localChangedAt: 5 },
];

const deps = async () => ({ store: await aMirror(ROWS), writeCsv });

describe('exportContacts', () => {
  it('writes the live contacts of every folder to an Outlook CSV file named after the date', async () => {
    const file = await exportContacts(await deps(), { format: 'outlook-csv', date: '2026-11-25' });
    expect(file).toMatchObject({ name: 'contacts-2026-11-25.csv', mediaType: 'text/csv', count: 4 });
    const parsed = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields?.slice(0, 3)).toEqual(['First Name', 'Middle Name', 'Last Name']);
    expect(parsed.data.map((row) => row['Last Name']).sort()).toEqual(['Doe', 'Fischer', 'Sharma', '李'].sort());
    expect(parsed.data.find((row) => row['Last Name'] === 'Doe')).toMatchObject({ 'First Name': 'John', 'E-mail Address': 'john.doe@fabrikam.example', Company: 'Fabrikam Inc.' });
    expect(file.text).not.toContain('Gone');
  });

  it('writes only the chosen folder', async () => {
    const file = await exportContacts(await deps(), { format: 'google-csv', folderId: OTHER_FOLDER, date: '2026-11-25' });
    expect(file.count).toBe(1);
    const parsed = Papa.parse<Record<string, string>>(file.text, { header: true, skipEmptyLines: true });
    expect(parsed.data.map((row) => row['Last Name'])).toEqual(['Sharma']);
  });

  it('writes one vCard 4.0 per live contact, with its client or Graph id as UID', async () => {
    const file = await exportContacts(await deps(), { format: 'vcard-4.0', date: '2026-11-25' });
    expect(file).toMatchObject({ name: 'contacts-2026-11-25.vcf', mediaType: 'text/vcard', count: 4 });
    expect(file.text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(4);
    const cards = readVCards(file.text);
    expect(cards.map((card) => card.version)).toEqual(['4.0', '4.0', '4.0', '4.0']);
    const uids = cards.map((card) => card.properties.find((property) => property.name === 'UID')?.value[0]?.[0]);
    expect(uids.sort()).toEqual(['client-4', 'g-1', 'g-2', 'g-3']);
  });

  it('writes vCard 3.0 when asked', async () => {
    const file = await exportContacts(await deps(), { format: 'vcard-3.0', folderId: FOLDER, date: '2026-01-02' });
    expect(file.count).toBe(3);
    expect(readVCards(file.text).every((card) => card.version === '3.0')).toBe(true);
  });

  it("writes a CSV mapping document's columns, formula-like cells neutralized", async () => {
    const crm = { version: 1, format: 'csv', name: 'CRM', rules: [{ column: 'Who', field: 'displayName' }, { column: 'Mail', field: 'emailAddresses[0].address' }] } as const;
    const store = await aMirror([aSyncedRow('g-9', { displayName: '=HYPERLINK("x")', emailAddresses: [{ address: 'eve@x.example' }] })]);
    const file = await exportContacts({ store, writeCsv }, { format: crm, date: '2026-11-25' });
    expect(file).toMatchObject({ name: 'contacts-2026-11-25.csv', mediaType: 'text/csv', count: 1 });
    expect(Papa.parse(file.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data).toEqual([['Who', 'Mail'], ['\'=HYPERLINK("x")', 'eve@x.example']]);
  });

  it("writes a vCard mapping document's properties as vCard 4.0", async () => {
    const mapping = { version: 1, format: 'vcard', name: 'Minimal', rules: [{ property: 'FN', field: 'displayName', transform: { kind: 'full-name' } }, { property: 'EMAIL', field: 'emailAddresses[0].address' }] } as const;
    const file = await exportContacts(await deps(), { format: mapping, folderId: FOLDER, date: '2026-11-25' });
    expect(file).toMatchObject({ name: 'contacts-2026-11-25.vcf', mediaType: 'text/vcard', count: 3 });
    const john = readVCards(file.text).find((card) => card.properties.some((property) => property.value[0]?.[0] === 'John Doe'));
    expect(john?.version).toBe('4.0');
    expect(john?.properties.map((property) => property.name)).toEqual(['FN', 'EMAIL', 'UID']);
  });

  it('writes a header-only CSV file for an empty folder', async () => {
    const store = await aMirror([]);
    const file = await exportContacts({ store, writeCsv }, { format: 'outlook-csv', date: '2026-11-25' });
    expect(file.count).toBe(0);
    expect(Papa.parse(file.text.trim(), { skipEmptyLines: true }).data).toHaveLength(1);
  });
});

const CUSTOM: CsvMappingDocument = {
  version: 1,
  format: 'csv',
  name: 'Names only',
  rules: [
    { column: 'Surname', field: 'surname' },
    { column: 'Given', field: 'givenName' },
  ],
};

describe('exporting through a saved CSV mapping', () => {
  it('writes the mapping\'s columns in its order to a CSV file', async () => {
    const file = await exportContacts(await deps(), { format: CUSTOM, folderId: OTHER_FOLDER, date: '2026-11-25' });
    expect(file).toEqual({ name: 'contacts-2026-11-25.csv', mediaType: 'text/csv', text: '\uFEFFSurname,Given\r\nSharma,Priya', count: 1 });
  });

  it('tells which fields of the chosen contacts the mapping leaves out', async () => {
    const { store } = await deps();
    expect(await fieldsNotExported(store, { format: CUSTOM })).toEqual([
      { field: 'emailAddresses[0].address', count: 2 },
      { field: 'companyName', count: 1 },
    ]);
    expect(await fieldsNotExported(store, { format: 'outlook-csv', folderId: OTHER_FOLDER })).toEqual([]);
  });

  it('counts a large mirror in parts, pausing between them, to the same answer', async () => {
    const many = Array.from({ length: 1_201 }, (_, index) => aSyncedRow(`g-many-${index}`, { givenName: `P${index}`, ...(index % 3 === 0 ? { companyName: 'Contoso' } : {}) }));
    const store = await aMirror(many);
    let pauses = 0;
    const paused = await fieldsNotExported(store, { format: CUSTOM }, async () => {
      pauses += 1;
    });
    expect(paused).toEqual([{ field: 'companyName', count: 401 }]);
    expect(await fieldsNotExported(store, { format: CUSTOM })).toEqual(paused);
    expect(pauses).toBe(2);
  });

  it('previews the header and the first contacts\' rows', async () => {
    const { store } = await deps();
    expect(await previewCsvExport(store, CUSTOM, 2)).toEqual([
      ['Surname', 'Given'],
      ['Doe', 'John'],
      ['Fischer', 'Klaus'],
    ]);
  });
});
