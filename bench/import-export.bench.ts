// File import and export benchmarks, in process: 10,000 contacts exported to Outlook CSV and vCard 4.0, and
// 10,000 rows imported from each (decode, parse, map, dedupe against a 10,000-contact mirror, plan and queue
// the outbox through importContacts on the in-memory store). Half the imported rows match mirror contacts.
// Each figure is the median of RUNS runs; every run's time is printed, so the spread is seen beside it.
import { performance } from 'node:perf_hooks';
import { parseCsvRows, writeCsv } from '../src/adapters/files/papaparse-csv.js';
import { readVCardFile } from '../src/adapters/vcard/ical-vcard-reader.js';
import type { ContactFields, GraphId } from '../src/core/contact/contact.js';
import { fileIdentityOf } from '../src/core/import/import-key.js';
import { readCsvImport } from '../src/core/import/read-csv-import.js';
import { readVCardImport } from '../src/core/import/read-vcard-import.js';
import type { ImportDraft } from '../src/core/import/import-draft.js';
import { localIdForGraph } from '../src/core/sync/mirror-contact.js';
import type { MirrorContact } from '../src/core/sync/mirror-contact.js';
import { csvRowsOf } from '../src/core/mapping/apply-csv-layout.js';
import { vcardOf } from '../src/core/mapping/apply-vcard-mapping.js';
import { OUTLOOK_CSV } from '../src/core/mapping/presets/outlook-csv.js';
import { exportContacts } from '../src/engine/export-contacts.js';
import { importContacts } from '../src/engine/import-contacts.js';
import { InMemoryMirrorStore } from '../test/fakes/in-memory-mirror-store.js';
import type { BenchTargets } from './bench-table.js';

export const targets: BenchTargets = {
  'io.exportCsv10kSeconds': { max: 2 },
  'io.exportVcard10kSeconds': { max: 2 },
  'io.importCsv10kSeconds': { max: 2 },
  'io.importVcard10kSeconds': { max: 2 },
};

const COUNT = 10_000;
const RUNS = 3;
const FOLDER = 'folder-bench' as GraphId;
const GIVEN = ['Ada', 'Grace', 'Alan', 'Zoë', 'René', '健一', 'Priya', 'Олег', 'Fatima', 'Luc'];
const FAMILY = ['Lovelace', 'Hopper', 'Turing', 'Åberg', 'Müller', '佐藤', 'Sharma', 'Иванов', 'Haddad', 'Dupont'];

/** A full contact, deterministic from `index`; `variant` changes the e-mail address (a new person). */
function contactOf(index: number, variant = ''): ContactFields {
  const given = GIVEN[index % GIVEN.length] ?? 'A';
  const surname = `${FAMILY[(index >> 3) % FAMILY.length] ?? 'B'} ${index}${variant}`;
  return {
    givenName: given,
    surname,
    displayName: `${given} ${surname}`,
    emailAddresses: [{ address: `person${index}${variant}@example.com` }, { address: `p${index}${variant}@home.example` }],
    businessPhones: [`+1 206 555 ${String(index % 10_000).padStart(4, '0')}`],
    mobilePhone: `+44 7700 ${String(index).padStart(6, '0')}`,
    companyName: `Company ${index % 97}, Inc.`,
    jobTitle: 'Purchasing Manager',
    businessAddress: { street: `${index} Main St\nSuite ${index % 40}`, city: 'Seattle', state: 'WA', postalCode: '98101', countryOrRegion: 'United States' },
    birthday: `19${String(50 + (index % 50))}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
    categories: ['Clients', index % 2 === 0 ? 'VIP' : 'Suppliers'],
    personalNotes: `Met at the fair; prefers "e-mail", not calls. #${index}`,
  };
}

async function aMirror(): Promise<InMemoryMirrorStore> {
  const store = new InMemoryMirrorStore();
  await store.applyFolderPlan({ upserts: [{ id: FOLDER, displayName: 'Contacts', isDefault: true, mailbox: 'me', readOnly: false }], removed: [] });
  const rows: MirrorContact[] = Array.from({ length: COUNT }, (_, index) => {
    const graphId = `g-${index}` as GraphId;
    const fields = contactOf(index);
    return { localId: localIdForGraph(graphId), folderId: FOLDER, graphId, fields, base: { changeKey: 'ck', fields, lastModifiedDateTime: '2026-01-01T00:00:00Z' } };
  });
  await store.applyPullPage(FOLDER, { localIds: [], graphIds: [], plan: () => rows.map((contact) => ({ kind: 'upsert' as const, contact })) }, { folderId: FOLDER });
  return store;
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return Math.round((performance.now() - start) / 10) / 100;
}

/** The file to import: every other row a mirror contact with a new job title, the others new people. */
function importedContacts(): ContactFields[] {
  return Array.from({ length: COUNT }, (_, index) => (index % 2 === 0 ? { ...contactOf(index), jobTitle: 'Director' } : contactOf(index, 'new')));
}

async function importSeconds(name: string, bytes: Uint8Array, read: () => { drafts: readonly ImportDraft[] }): Promise<number> {
  const store = await aMirror();
  return seconds(async () => {
    const { drafts } = read();
    const report = await importContacts({ store, now: () => 1 }, { file: name, fileIdentity: fileIdentityOf(name, bytes), drafts, onMatch: 'update', folderId: FOLDER });
    if (report.created !== COUNT / 2 || report.updated !== COUNT / 2) throw new Error(`unexpected import report: ${report.created} created, ${report.updated} updated`);
  });
}

/** The median of RUNS timings of `measure`, with every run's figure printed. */
async function medianOf(name: string, measure: () => Promise<number>): Promise<number> {
  const runs: number[] = [];
  for (let index = 0; index < RUNS; index += 1) runs.push(await measure());
  console.log(`${name}: runs ${runs.join(', ')} s`);
  return [...runs].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

export async function run(): Promise<Record<string, number>> {
  const exportStore = await aMirror();
  const exportOf = (format: 'outlook-csv' | 'vcard-4.0') => exportContacts({ store: exportStore, writeCsv }, { format, date: '2026-12-06' });
  const exportCsv = await medianOf('io.exportCsv10kSeconds', () => seconds(() => exportOf('outlook-csv')));
  const exportVcard = await medianOf('io.exportVcard10kSeconds', () => seconds(() => exportOf('vcard-4.0')));
  const encoder = new TextEncoder();
  const csvBytes = encoder.encode(writeCsv(csvRowsOf(OUTLOOK_CSV, importedContacts())));
  const vcardBytes = encoder.encode(importedContacts().map((fields) => vcardOf(fields, '4.0')).join(''));
  const importCsv = await medianOf('io.importCsv10kSeconds', () => importSeconds('contacts.csv', csvBytes, () => readCsvImport({ name: 'contacts.csv', bytes: csvBytes }, parseCsvRows)));
  const importVcard = await medianOf('io.importVcard10kSeconds', () => importSeconds('contacts.vcf', vcardBytes, () => readVCardImport({ name: 'contacts.vcf', bytes: vcardBytes }, readVCardFile)));
  return { 'io.exportCsv10kSeconds': exportCsv, 'io.exportVcard10kSeconds': exportVcard, 'io.importCsv10kSeconds': importCsv, 'io.importVcard10kSeconds': importVcard };
}
