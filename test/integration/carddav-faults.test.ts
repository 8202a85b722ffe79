// The CardDAV pairing through server trouble, on Radicale and the Graph emulator: a sync-token the server no
// longer knows (Radicale forgetting its tokens, or a 403/409 valid-sync-token answer) makes a full listing
// without duplicates; a connection dropped in the middle of a run leaves what it did adoptable, and the next
// run converges. After each, both servers hold the same contacts under the mapping, once each.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCard } from '../contracts/address-book.contract.js';
import { startRadicale } from '../support/start-radicale.js';
import type { RadicaleServer } from '../support/start-radicale.js';
import { aCardDavWorld, canonical } from './carddav-world.js';
import type { CardDavWorld } from './carddav-world.js';
import { stopGraphEmulators } from './graph-emulator-fixture.js';

let radicale: RadicaleServer;
let users = 0;

beforeAll(async () => {
  radicale = await startRadicale();
});
afterAll(async () => {
  await Promise.all([radicale.stop(), stopGraphEmulators()]);
});

async function aWorld(): Promise<{ world: CardDavWorld; user: string }> {
  const user = `faults${++users}`;
  return { world: await aCardDavWorld(radicale, user), user };
}

async function expectSameSides(world: CardDavWorld, names: readonly string[]): Promise<void> {
  const { outlook, cards } = await world.sides();
  expect(outlook.map((fields) => fields.displayName).sort()).toEqual([...names].sort());
  expect(cards.map((card) => card.fields.displayName).sort()).toEqual([...names].sort());
  expect(canonical(cards.map((card) => card.fields))).toEqual(canonical(outlook));
}

const validSyncToken = (status: number): Response =>
  new Response('<?xml version="1.0" encoding="utf-8"?>\n<D:error xmlns:D="DAV:"><D:valid-sync-token/></D:error>', { status, headers: { 'Content-Type': 'application/xml; charset=utf-8' } });

const isIncrementalReport = (request: { method: string; body: string }): boolean => request.method === 'REPORT' && /sync-token>[^<]+</.test(request.body);

const names = (count: number, prefix: string): string[] => Array.from({ length: count }, (_, index) => `${prefix} ${String.fromCharCode(65 + index)}`);

describe('CardDAV pairing through server trouble', () => {
  it('lists the whole book again when Radicale has forgotten the sync-token, without duplicating anything', async () => {
    const { world, user } = await aWorld();
    await world.createInOutlook({ displayName: 'Ada Lovelace', givenName: 'Ada', surname: 'Lovelace' });
    await world.putCard('bob', aCard('bob', 'Bob Card'));
    expect(await world.run()).toMatchObject({ carddav: { created: 1 }, outlook: { created: 1 }, resynced: false });
    await rm(join(radicale.storageDir, 'collection-root', user, 'contacts', '.Radicale.cache', 'sync-token'), { recursive: true, force: true });
    await world.putCard('cy', aCard('cy', 'Cy Card'));
    await world.editInOutlook('Ada Lovelace', { jobTitle: 'Countess' });
    const report = await world.run();
    expect(report).toMatchObject({ resynced: true, outlook: { created: 1 }, carddav: { created: 0, updated: 1 }, failures: [] });
    await expectSameSides(world, ['Ada Lovelace', 'Bob Card', 'Cy Card']);
    expect((await world.run()).resynced).toBe(false);
  });

  it.each([403, 409])('lists the whole book again when the server answers %i valid-sync-token, without duplicating anything', async (status) => {
    const { world } = await aWorld();
    for (const name of ['Ada', 'Bob']) await world.createInOutlook({ displayName: `${name} Outlook`, givenName: name });
    await world.putCard('cy', aCard('cy', 'Cy Card'));
    await world.run();
    world.fault = (request) => (isIncrementalReport(request) ? validSyncToken(status) : undefined);
    await world.putCard('dee', aCard('dee', 'Dee Card'));
    const report = await world.run();
    expect(world.faulted).toBe(1);
    expect(report).toMatchObject({ resynced: true, outlook: { created: 1 }, carddav: { created: 0, updated: 0 }, failures: [] });
    await expectSameSides(world, ['Ada Outlook', 'Bob Outlook', 'Cy Card', 'Dee Card']);
  });

  it('converges on the next run after the connection drops for good in the middle of writing cards', async () => {
    const { world } = await aWorld();
    const people = names(6, 'Person');
    for (const name of people) await world.createInOutlook({ displayName: name });
    let puts = 0;
    // From the third PUT on, Radicale applies each write but the answer never arrives (and every retry too).
    world.fault = (request) => (request.method === 'PUT' && ++puts > 2 ? 'drop-after' : undefined);
    const broken = await world.run();
    expect(broken.carddav.created).toBe(2);
    expect(broken.failures.length).toBe(4);
    expect(broken.failures.every((failure) => failure.action === 'create-card')).toBe(true);
    expect(JSON.stringify(broken.failures)).not.toContain('secret');
    world.fault = undefined;
    const healed = await world.run();
    expect(healed.failures).toEqual([]);
    await expectSameSides(world, people);
    expect(await world.run()).toMatchObject({ carddav: { created: 0, updated: 0, deleted: 0 }, outlook: { created: 0, updated: 0, deleted: 0 } });
  });

  it('converges on the next run after the connection drops while reading changed cards', async () => {
    const { world } = await aWorld();
    for (const name of ['Ada', 'Bob']) await world.putCard(name.toLowerCase(), aCard(name.toLowerCase(), `${name} Card`));
    await world.run();
    await world.editCard('Ada Card', (text) => text.replace('END:VCARD', 'TITLE:Countess\r\nEND:VCARD'));
    await world.putCard('cy', aCard('cy', 'Cy Card'));
    world.fault = (request) => (request.method === 'REPORT' && request.body.includes('addressbook-multiget') ? 'drop-before' : undefined);
    await expect(world.run()).rejects.toMatchObject({ status: 0 });
    expect(world.faulted).toBeGreaterThan(0);
    world.fault = undefined;
    expect(await world.run()).toMatchObject({ outlook: { created: 1, updated: 1 }, failures: [] });
    await expectSameSides(world, ['Ada Card', 'Bob Card', 'Cy Card']);
    expect((await world.sides()).outlook.find((fields) => fields.displayName === 'Ada Card')?.jobTitle).toBe('Countess');
  });

  it('converges after the pairing queued Outlook changes but the push to Graph failed', async () => {
    const { world } = await aWorld();
    await world.putCard('ada', aCard('ada', 'Ada Card'));
    await world.putCard('bob', aCard('bob', 'Bob Card'));
    await world.run();
    await world.editCard('Bob Card', (text) => text.replace('END:VCARD', 'NICKNAME:Bobby\r\nEND:VCARD'));
    await world.putCard('cy', aCard('cy', 'Cy Card'));
    await world.syncGraph();
    expect(await world.pair()).toMatchObject({ outlook: { created: 1, updated: 1 }, failures: [] });
    expect((await world.graph.control('POST', 'faults', { type: 'status', status: 503, count: 1000 })).status).toBe(201);
    await expect(world.syncGraph()).rejects.toThrow();
    expect((await world.graph.control('DELETE', 'faults')).status).toBeLessThan(300);
    expect(await world.store.countPending()).toBeGreaterThan(0);
    expect(await world.run()).toMatchObject({ outlook: { created: 0, updated: 0 }, carddav: { created: 0, updated: 0 }, failures: [] });
    expect(await world.store.countPending()).toBe(0);
    await expectSameSides(world, ['Ada Card', 'Bob Card', 'Cy Card']);
    expect((await world.sides()).outlook.find((fields) => fields.displayName === 'Bob Card')?.nickName).toBe('Bobby');
  });
});
