// `contact-bridge carddav` against the Graph emulator and a real Radicale: lists the books, pairs a folder with a
// book both ways and then has nothing left to do, holds back a run that would empty a side (exit 3, nothing
// changed) until --allow-deletes, and answers usage mistakes with exit 2 and no password in the message.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../emulator/server.js';
import type { RunningEmulator } from '../../emulator/server.js';
import { SAFETY_STOP_EXIT_CODE } from '../../src/cli/parse-carddav-args.js';
import type { BookListing, CardDavSummary } from '../../src/cli/run-carddav.js';
import { readCard } from '../../src/core/carddav/card-text.js';
import { OUTLOOK_CSV_MAPPING } from '../../src/core/mapping/presets/outlook-csv.js';
import { VCARD_30_MAPPING } from '../../src/core/mapping/presets/vcard-mapping.js';
import { aCard } from '../contracts/address-book.contract.js';
import { startRadicale } from '../support/start-radicale.js';
import type { RadicaleServer } from '../support/start-radicale.js';
import { runCliInProcess } from '../support/run-cli-in-process.js';
import type { CliRun } from '../support/run-cli-in-process.js';

const PASSWORD_ENV = 'CONTACT_BRIDGE_TEST_CARDDAV_PASSWORD';
const PASSWORD = 'pw-never-printed-7731';
const MAPPING = { document: VCARD_30_MAPPING, version: '3.0' as const };

let emulator: RunningEmulator;
let radicale: RadicaleServer;
let token: string;
let dir: string;
let users = 0;
let user: string;
let state: string;

type Run = CliRun;
const cli = runCliInProcess;

const server = (): string[] => ['--carddav', `${radicale.url}/`, '--user', user, '--password-env', PASSWORD_ENV];
const pairing = (...extra: string[]): string[] => ['carddav', ...server(), '--book', 'contacts', '--state', state, '--graph', emulator.graphUrl, '--token', token, ...extra];

async function sync(...extra: string[]): Promise<{ run: Run; summary: CardDavSummary }> {
  const run = await cli(...pairing(...extra));
  return { run, summary: JSON.parse(run.stdout) as CardDavSummary };
}

async function dav(method: string, href: string, body?: string): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Basic ${Buffer.from(`${user}:x`).toString('base64')}`, 'Content-Type': 'text/vcard; charset=utf-8' };
  if (method === 'PROPFIND') headers['Depth'] = '1';
  return fetch(`${radicale.url}${href}`, { method, headers, ...(body === undefined ? {} : { body }) });
}

/** The cards of the book: href → display name, read through the vCard 3.0 mapping. */
async function cardNames(): Promise<string[]> {
  const listing = await (await dav('PROPFIND', `/${user}/contacts/`)).text();
  const hrefs = [...listing.matchAll(/<href>([^<]+\.vcf)<\/href>/g)].map((match) => match[1] ?? '');
  const names = await Promise.all(hrefs.map(async (href) => readCard(await (await dav('GET', href)).text(), MAPPING)?.fields.displayName ?? '?'));
  return names.sort();
}

async function outlookContacts(): Promise<{ id: string; displayName: string }[]> {
  const response = await fetch(`${emulator.graphUrl}/me/contacts?$top=1000&$select=id,displayName`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: { id: string; displayName: string }[] }).value;
}

const outlookNames = async (): Promise<string[]> => (await outlookContacts()).map((contact) => contact.displayName).sort();

beforeAll(async () => {
  [emulator, radicale] = await Promise.all([startEmulator({ port: 0, control: true, seed: 4, log: () => undefined }), startRadicale()]);
  token = emulator.mintToken(emulator.users[0]?.userPrincipalName ?? '', ['Contacts.ReadWrite']);
  dir = await mkdtemp(path.join(tmpdir(), 'contact-bridge-carddav-'));
  process.env[PASSWORD_ENV] = PASSWORD;
});

afterAll(async () => {
  delete process.env[PASSWORD_ENV];
  await Promise.all([emulator.close(), radicale.stop()]);
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  expect((await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' })).status).toBe(204);
  user = `cli${++users}`;
  state = path.join(dir, `${user}.json`);
  await radicale.createBook(user, 'contacts');
});

describe('contact-bridge carddav', () => {
  it('lists the address books with their names and hrefs when no --book is given', async () => {
    await radicale.createBook(user, 'work');
    const run = await cli('carddav', ...server());
    expect(run.code).toBe(0);
    const listing = JSON.parse(run.stdout) as BookListing;
    expect(listing.books.map((book) => book.href).sort()).toEqual([`/${user}/contacts/`, `/${user}/work/`]);
    expect(listing.books.map((book) => book.name).sort()).toEqual(['contacts', 'work']);
  });

  it('pairs the default folder with the book both ways, then has nothing left to do', async () => {
    const before = await outlookNames();
    expect(before.length).toBeGreaterThan(0);
    expect((await dav('PUT', `/${user}/contacts/zed.vcf`, aCard('zed', 'Zed From Radicale'))).status).toBe(201);
    const first = await sync();
    expect(first.run.stderr).toBe('');
    expect(first.run.code).toBe(0);
    expect(first.summary).toMatchObject({ book: { href: `/${user}/contacts/` }, direction: 'two-way', policy: 'newest', carddav: { created: before.length }, outlook: { created: 1 }, conflicts: 0, failures: [], pendingOutbox: 0 });
    expect(first.summary.requests.graph).toBeGreaterThan(0);
    expect(first.summary.requests.carddav).toBeGreaterThan(0);
    const expected = [...before, 'Zed From Radicale'].sort();
    expect(await outlookNames()).toEqual(expected);
    expect(await cardNames()).toEqual(expected);
    const second = await sync();
    expect(second.run.code).toBe(0);
    expect(second.summary).toMatchObject({ carddav: { created: 0, updated: 0, deleted: 0 }, outlook: { created: 0, updated: 0, deleted: 0 } });
    expect(await outlookNames()).toEqual(expected);
    expect(await cardNames()).toEqual(expected);
  });

  it('copies only towards the book with --direction to-carddav', async () => {
    const before = await outlookNames();
    expect((await dav('PUT', `/${user}/contacts/zed.vcf`, aCard('zed', 'Zed Stays Here'))).status).toBe(201);
    const run = await sync('--direction', 'to-carddav', '--mapping', 'vcard-4.0');
    expect(run.run.code).toBe(0);
    expect(run.summary).toMatchObject({ direction: 'to-carddav', outlook: { created: 0 }, carddav: { created: before.length } });
    expect(await outlookNames()).toEqual(before);
    expect(await cardNames()).toEqual([...before, 'Zed Stays Here'].sort());
  });

  it('pairs the folder --folder names through a mapping file, leaving the default folder alone', async () => {
    const before = await outlookNames();
    const created = await fetch(`${emulator.graphUrl}/me/contactFolders`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ displayName: 'Friends' }) });
    expect(created.status).toBe(201);
    const mapping = path.join(dir, `${user}-mapping.json`);
    await writeFile(mapping, JSON.stringify({ ...VCARD_30_MAPPING, name: 'Names only', rules: VCARD_30_MAPPING.rules.filter((rule) => rule.property === 'FN' || rule.property === 'N') }));
    expect((await dav('PUT', `/${user}/contacts/zed.vcf`, aCard('zed', 'Zed Friend', ['TITLE:Not carried']))).status).toBe(201);
    const run = await sync('--folder', 'friends', '--mapping', mapping);
    expect(run.run.stderr).toBe('');
    expect(run.run.code).toBe(0);
    expect(run.summary).toMatchObject({ folder: 'Friends', outlook: { created: 1 }, carddav: { created: 0 } });
    expect(await outlookNames()).toEqual(before);
    const folderId = ((await created.json()) as { id: string }).id;
    const friends = await fetch(`${emulator.graphUrl}/me/contactFolders/${encodeURIComponent(folderId)}/contacts?$select=displayName,jobTitle`, { headers: { Authorization: `Bearer ${token}` } });
    const inFriends = ((await friends.json()) as { value: { displayName: string; jobTitle?: string | null }[] }).value;
    expect(inFriends.map((contact) => contact.displayName)).toEqual(['Zed Friend']);
    expect(inFriends[0]?.jobTitle ?? undefined).toBeUndefined();
    const csvMapping = path.join(dir, `${user}-csv-mapping.json`);
    await writeFile(csvMapping, JSON.stringify(OUTLOOK_CSV_MAPPING));
    const refused = await cli(...pairing('--mapping', csvMapping));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('vCard');
  });

  it('holds back a run that would empty the Outlook folder with exit code 3, until --allow-deletes', async () => {
    const before = await outlookNames();
    expect((await sync()).run.code).toBe(0);
    const listing = await (await dav('PROPFIND', `/${user}/contacts/`)).text();
    for (const [, href = ''] of listing.matchAll(/<href>([^<]+\.vcf)<\/href>/g)) expect((await dav('DELETE', href)).status).toBe(200);
    expect(await cardNames()).toEqual([]);
    const stopped = await sync();
    expect(stopped.run.code).toBe(SAFETY_STOP_EXIT_CODE);
    expect(stopped.summary.stopped).toEqual({ side: 'outlook', deletes: before.length, of: before.length });
    expect(stopped.summary.outlook).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(await outlookNames()).toEqual(before);
    const allowed = await sync('--allow-deletes');
    expect(allowed.run.code).toBe(0);
    expect(allowed.summary.outlook.deleted).toBe(before.length);
    expect(await outlookNames()).toEqual([]);
  });

  it('answers usage mistakes and an unknown book with exit code 2, without the password or token', async () => {
    const mistakes = [
      await cli(...pairing('--direction', 'sideways')),
      await cli(...pairing('--policy', 'loudest')),
      await cli('carddav', '--user', user, '--book', 'contacts'),
      await cli('carddav', ...server(), '--book', 'contacts'),
      await cli('carddav', ...server(), '--book', 'nothing-like-this', '--state', state, '--graph', emulator.graphUrl, '--token', token),
      await cli('carddav', '--carddav', `${radicale.url}/`, '--user', user, '--password-env', 'CONTACT_BRIDGE_UNSET_VARIABLE'),
    ];
    expect(mistakes.map((run) => run.code)).toEqual([2, 2, 2, 2, 2, 2]);
    const stderr = mistakes.map((run) => run.stderr).join('\n');
    expect(stderr).toContain('--direction');
    expect(stderr).toContain('--carddav');
    expect(stderr).toContain('--state');
    expect(stderr).toContain('nothing-like-this');
    expect(stderr).toContain(`/${user}/contacts/`);
    expect(stderr).toContain('CONTACT_BRIDGE_UNSET_VARIABLE');
    expect(stderr).not.toContain(PASSWORD);
    expect(stderr).not.toContain(token);
  });
});
