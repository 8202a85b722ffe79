// `contact-bridge import` and `export` against the Graph emulator: the command syncs the store file, imports a
// file into the mailbox (never twice), reports rejected rows with file, row and field, plans without writing on
// --dry-run, and exports what it imported; the exit code and stdout are the command's, the contacts Graph's.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator/server.js';
import type { RunningEmulator } from '../../emulator/server.js';
import { openFileMirrorStore } from '../../src/cli/file-mirror-store.js';
import type { ImportSummary } from '../../src/cli/summarize-import.js';
import { editChangeOf } from '../../src/engine/local-edits.js';
import { readVCards } from '../../src/core/mapping/read-vcard.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import type { CliRun } from '../support/run-cli-in-process.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const GOOGLE_CSV = path.join(FIXTURES, 'csv/google.csv');
const APPLE_VCARD = path.join(FIXTURES, 'vcard/apple-3.0.vcf');

let emulator: RunningEmulator;
let token: string;
let dir: string;
let stores = 0;

type Run = CliRun;
const cli = runCliInProcess;

const connection = (store: string): string[] => ['--store', store, '--graph', emulator.graphUrl, '--token', token];
const newStore = (): string => path.join(dir, `store-${++stores}.json`);
const temp = async (name: string, text: string): Promise<string> => {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
};

async function importFile(file: string, store: string, ...options: string[]): Promise<{ run: Run; summary: ImportSummary }> {
  const run = await cli('import', file, ...connection(store), ...options);
  expect(run.stderr).toBe('');
  return { run, summary: JSON.parse(run.stdout) as ImportSummary };
}

interface GraphContact {
  readonly displayName?: string;
  readonly givenName?: string;
  readonly surname?: string;
  readonly emailAddresses?: readonly { readonly address: string }[];
}

/** The default folder's contacts as Graph lists them. */
async function graphContacts(): Promise<GraphContact[]> {
  const response = await fetch(`${emulator.graphUrl}/me/contacts?$top=1000&$select=id,displayName,givenName,surname,emailAddresses,jobTitle`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: GraphContact[] }).value;
}

const named = (contacts: readonly GraphContact[], given: string): GraphContact[] => contacts.filter((contact) => contact.givenName === given);
const withEmail = (contacts: readonly GraphContact[], address: string): GraphContact[] => contacts.filter((contact) => contact.emailAddresses?.some((email) => email.address === address) === true);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'contact-bridge-cli-io-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, control: true, seed: 5, log: () => undefined });
  token = emulator.mintToken(emulator.users[0]?.userPrincipalName ?? '', ['Contacts.ReadWrite']);
});
afterEach(() => emulator.close());

describe('contact-bridge import', () => {
  it('creates the contacts of a Google CSV file in the default folder, and a second run with skip creates none', async () => {
    const before = (await graphContacts()).length;
    const store = newStore();
    const first = await importFile(GOOGLE_CSV, store);
    expect(first.run.code).toBe(0);
    expect(first.summary).toMatchObject({ file: GOOGLE_CSV, folder: 'Contacts', onMatch: 'skip', dryRun: false, created: 2, updated: 0, skipped: 0, rejected: 0, rejectedRows: [], pendingOutbox: 0 });
    expect(first.summary.notes).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'google.csv', row: 3, field: 'birthday' })]));
    const after = await graphContacts();
    expect(after).toHaveLength(before + 2);
    expect(withEmail(after, 'priya@contoso.example')).toEqual([expect.objectContaining({ givenName: 'Priya', surname: 'Sharma' })]);
    expect(withEmail(after, 'tom@x.example')).toEqual([expect.objectContaining({ givenName: 'Tom' })]);

    const again = await importFile(GOOGLE_CSV, store, '--on-match', 'skip');
    expect(again.run.code).toBe(0);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, skipped: 2, rejected: 0 });
    const elsewhere = await importFile(GOOGLE_CSV, newStore(), '--on-match', 'skip');
    expect(elsewhere.summary).toMatchObject({ created: 0, skipped: 2 });
    expect(await graphContacts()).toHaveLength(before + 2);
  });

  it('reports a bad row with its file, row, field and reason, exits 1 and imports the valid rows', async () => {
    const file = await temp('bad-row.csv', 'First Name,Last Name,E-mail Address\r\nAda,Lovelace,ada@analytical.example\r\n,,not-an-email\r\nGrace,Hopper,grace@navy.example\r\n');
    const { run, summary } = await importFile(file, newStore());
    expect(run.code).toBe(1);
    expect(summary).toMatchObject({ created: 2, rejected: 1 });
    expect(summary.rejectedRows).toEqual([{ file: 'bad-row.csv', row: 3, field: 'emailAddresses', reason: "the row has nothing to import: 'not-an-email' is not an e-mail address: left out" }]);
    const contacts = await graphContacts();
    expect(withEmail(contacts, 'ada@analytical.example')).toEqual([expect.objectContaining({ givenName: 'Ada', surname: 'Lovelace' })]);
    expect(withEmail(contacts, 'grace@navy.example')).toEqual([expect.objectContaining({ givenName: 'Grace', surname: 'Hopper' })]);
  });

  it('plans a dry run against the mirror and writes nothing', async () => {
    const before = await graphContacts();
    const store = newStore();
    const { run, summary } = await importFile(GOOGLE_CSV, store, '--dry-run');
    expect(run.code).toBe(0);
    expect(summary).toMatchObject({ dryRun: true, created: 2, rejected: 0, pendingOutbox: 0 });
    expect(await graphContacts()).toEqual(before);
    const file = await openFileMirrorStore(store);
    try {
      expect(await file.store.countPending()).toBe(0);
      expect(await file.store.countContacts({})).toBe(before.length);
    } finally {
      await file.close();
    }
  });

  it('imports a vCard file into the folder --folder names', async () => {
    const card = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Klaus Fischer\r\nN:Fischer;Klaus;;;\r\nEMAIL:klaus@fischer.example\r\nEND:VCARD\r\n';
    const folders = await (await fetch(`${emulator.graphUrl}/me/contactFolders`, { headers: { Authorization: `Bearer ${token}` } })).json() as { value: { id: string; displayName: string }[] };
    const other = folders.value.find((folder) => folder.displayName !== 'Contacts');
    if (other === undefined) throw new Error('the emulator seeds no second contact folder');
    const { run, summary } = await importFile(await temp('klaus.vcf', card), newStore(), '--folder', other.displayName);
    expect(run.code).toBe(0);
    expect(summary).toMatchObject({ folder: other.displayName, created: 1 });
    const listed = (await (await fetch(`${emulator.graphUrl}/me/contactFolders/${other.id}/contacts?$select=givenName,surname`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { value: GraphContact[] };
    expect(named(listed.value, 'Klaus')).toEqual([expect.objectContaining({ surname: 'Fischer' })]);
  });

  it('sends nothing on a dry run, not even a change queued before it', async () => {
    const store = newStore();
    expect((await cli('mirror', ...connection(store))).code).toBe(0);
    const file = await openFileMirrorStore(store);
    const [first] = await file.store.listContacts({ limit: 1 });
    if (first === undefined) throw new Error('the emulator seeds no contact');
    await file.store.enqueue(first.localId, editChangeOf(first.localId, { ...first.fields, jobTitle: 'Queued before the dry run' }, 1).change);
    await file.save();
    await file.close();
    const { run, summary } = await importFile(GOOGLE_CSV, store, '--dry-run');
    expect(run.code).toBe(1);
    expect(summary).toMatchObject({ dryRun: true, created: 2, pendingOutbox: 1 });
    expect((await graphContacts()).some((contact) => (contact as GraphContact & { jobTitle?: string }).jobTitle === 'Queued before the dry run')).toBe(false);
  });

  it("sets a vCard's inline photo on the contact it creates, byte for byte", async () => {
    const { run, summary } = await importFile(APPLE_VCARD, newStore());
    expect(run.code).toBe(0);
    expect(summary).toMatchObject({ created: 1, pendingOutbox: 0 });
    const johnny = withEmail(await graphContacts(), 'johnny@apple.example');
    expect(johnny).toHaveLength(1);
    const id = (johnny[0] as GraphContact & { id?: string }).id;
    const photo = await fetch(`${emulator.graphUrl}/me/contacts/${id ?? ''}/photo/$value`, { headers: { Authorization: `Bearer ${token}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const card = readVCards(await readFile(APPLE_VCARD, 'utf8'))[0];
    const inline = card?.properties.find((property) => property.name === 'PHOTO')?.value[0]?.[0] ?? '';
    expect(Buffer.from(await photo.arrayBuffer()).toString('base64')).toBe(inline.replace(/\s+/g, ''));
  });

  it('exits 2 for a folder that does not exist, listing the folders, and imports nothing', async () => {
    const before = (await graphContacts()).length;
    const run = await cli('import', GOOGLE_CSV, ...connection(newStore()), '--folder', 'Nowhere');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain("There is no contact folder named 'Nowhere'.");
    expect(run.stderr).toMatch(/Folders: .*Contacts/);
    expect(await graphContacts()).toHaveLength(before);
  });

  it('exits 2 for a file it cannot read, naming the file and why, and writes no store', async () => {
    const store = newStore();
    const missing = await cli('import', path.join(dir, 'missing.csv'), ...connection(store));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`“${path.join(dir, 'missing.csv')}” cannot be read`);
    const headerOnly = await cli('import', await temp('header-only.csv', 'First Name,Last Name\r\n'), ...connection(store));
    expect(headerOnly.code).toBe(2);
    expect(headerOnly.stderr).toContain('“header-only.csv” has only a header row');
    expect(existsSync(store)).toBe(false);
    expect(`${missing.stderr}${headerOnly.stderr}`).not.toContain(token);
  });
});

describe('contact-bridge export', () => {
  it('round-trips what import wrote, as Google CSV on stdout and as vCard to --out', async () => {
    const store = newStore();
    expect((await importFile(GOOGLE_CSV, store)).run.code).toBe(0);
    const csv = await cli('export', ...connection(newStore()), '--format', 'google-csv');
    expect(csv.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(csv.stdout.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.filter((row) => row['Organization Name'] === 'Contoso')).toEqual([
      expect.objectContaining({ 'First Name': 'Priya', 'Last Name': 'Sharma', 'Organization Title': 'Engineer', 'E-mail 1 - Value': expect.stringContaining('priya@contoso.example') }),
    ]);
    expect(Object.values(rows.find((row) => row['Organization Name'] === 'Contoso') ?? {})).toContain('+91 98765 43210');
    expect(rows.filter((row) => row['E-mail 1 - Value'] === 'tom@x.example')).toEqual([expect.objectContaining({ 'First Name': 'Tom' })]);

    const out = path.join(dir, 'exported.vcf');
    const vcard = await cli('export', ...connection(store), '--format', 'vcard', '--out', out);
    expect(vcard.code).toBe(0);
    const contacts = (await graphContacts()).length;
    expect(JSON.parse(vcard.stdout)).toEqual({ out, format: 'vcard-4.0', folder: null, contacts: expect.any(Number) });
    expect(JSON.parse(vcard.stdout).contacts).toBeGreaterThanOrEqual(contacts);
    const again = await importFile(out, newStore(), '--on-match', 'skip');
    expect(again.summary.created).toBe(0);
    expect(readVCards(await readFile(out, 'utf8')).some((card) => card.properties.some((property) => property.name === 'EMAIL' && property.value[0]?.[0] === 'priya@contoso.example'))).toBe(true);
  });

  it('keeps formula cells neutralized, and writes the columns of a custom mapping for one folder', async () => {
    const file = await temp('formula.csv', 'First Name,Last Name,E-mail Address\r\n=HYPERLINK("http://x.example"),Formula,f@formula.example\r\n');
    expect((await importFile(file, newStore())).run.code).toBe(0);
    const outlook = await cli('export', ...connection(newStore()), '--format', 'outlook-csv', '--folder', 'Contacts');
    expect(outlook.code).toBe(0);
    const row = Papa.parse<Record<string, string>>(outlook.stdout.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data.find((each) => each['Last Name'] === 'Formula');
    expect(row?.['First Name']).toBe('\'=HYPERLINK("http://x.example")');

    const mapping = await temp('crm.json', JSON.stringify({ version: 1, format: 'csv', name: 'CRM', rules: [{ column: 'Who', field: 'surname' }, { column: 'Mail', field: 'emailAddresses[0].address' }] }));
    const custom = await cli('export', ...connection(newStore()), '--format', 'custom', '--mapping', mapping);
    expect(custom.code).toBe(0);
    const cells = Papa.parse<string[]>(custom.stdout.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(cells[0]).toEqual(['Who', 'Mail']);
    expect(cells).toContainEqual(['Formula', 'f@formula.example']);
  });

  it('exits 2 for an unknown folder or a mapping it cannot read', async () => {
    const folder = await cli('export', ...connection(newStore()), '--format', 'vcard', '--folder', 'Nowhere');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/There is no contact folder named 'Nowhere'\.\nFolders: .*Contacts/);
    const store = newStore();
    const mapping = await cli('export', ...connection(store), '--format', 'custom', '--mapping', path.join(dir, 'none.json'));
    expect(mapping.code).toBe(2);
    expect(mapping.stderr).toContain('none.json” cannot be read');
    expect(existsSync(store)).toBe(false);
  });
});
