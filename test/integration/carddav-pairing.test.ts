// The CardDAV pairing on real adapters: the Graph emulator on one side, a real Radicale on the other. Each
// scenario edits the sides as other clients would, runs the pairing, and checks that both servers then hold
// the same contacts under the mapping, none twice and none lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictPolicy } from '../../src/core/carddav/card-link.js';
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

const aWorld = (): Promise<CardDavWorld> => aCardDavWorld(radicale, `pairing${++users}`);

/** Both servers hold exactly `names`, once each, with the same mapped fields. */
async function expectSameSides(world: CardDavWorld, names: readonly string[]): Promise<void> {
  const { outlook, cards } = await world.sides();
  expect(outlook.map((fields) => fields.displayName).sort()).toEqual([...names].sort());
  expect(cards.map((card) => card.fields.displayName).sort()).toEqual([...names].sort());
  expect(canonical(cards.map((card) => card.fields))).toEqual(canonical(outlook));
}

const nothingDone = { outlook: { created: 0, updated: 0, deleted: 0 }, carddav: { created: 0, updated: 0, deleted: 0 }, conflicts: 0, failures: [] };

const person = (given: string, surname: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  givenName: given,
  surname,
  displayName: `${given} ${surname}`,
  emailAddresses: [{ address: `${given.toLowerCase()}@example.com`, name: `${given} ${surname}` }],
  ...extra,
});

const fullCard = (uid: string, given: string, surname: string, extra: readonly string[] = []): string =>
  aCard(uid, `${given} ${surname}`, [`EMAIL;TYPE=internet,pref:${given.toLowerCase()}@example.org`, 'TEL;TYPE=cell:+44 20 7946 0001', 'ORG:Analytical Engines', ...extra]).replace(`N:${given} ${surname};;;;`, `N:${surname};${given};;;`);

/** Sets a property line of a card (replacing the line when there is one) and its REV. */
const withLine = (name: string, value: string, rev = '20000101T000000Z') => (text: string): string => {
  const line = new RegExp(`^${name}(;[^:]*)?:.*$`, 'm');
  const set = line.test(text) ? text.replace(line, `${name}:${value}`) : text.replace(/END:VCARD/, `${name}:${value}\r\nEND:VCARD`);
  return /^REV:/m.test(set) ? set.replace(/^REV:.*$/m, `REV:${rev}`) : set.replace(/END:VCARD/, `REV:${rev}\r\nEND:VCARD`);
};

async function linkedWorld(people: readonly [string, string][]): Promise<CardDavWorld> {
  const world = await aWorld();
  for (const [given, surname] of people) await world.createInOutlook(person(given, surname, { jobTitle: 'Engineer' }));
  expect((await world.run()).carddav.created).toBe(people.length);
  return world;
}

describe('CardDAV pairing with Radicale and the Graph emulator', () => {
  it('copies Outlook contacts to the empty book, then has nothing left to do', async () => {
    const world = await aWorld();
    await world.createInOutlook(person('Ada', 'Lovelace', { jobTitle: 'Analyst', mobilePhone: '+44 20 7946 0000' }));
    await world.createInOutlook(person('Charles', 'Babbage', { companyName: 'Difference Engines', businessPhones: ['+44 20 7946 0002'] }));
    expect(await world.run()).toMatchObject({ carddav: { created: 2 }, outlook: { created: 0 }, failures: [] });
    await expectSameSides(world, ['Ada Lovelace', 'Charles Babbage']);
    expect(await world.run()).toMatchObject(nothingDone);
    await expectSameSides(world, ['Ada Lovelace', 'Charles Babbage']);
  });

  it('copies the book’s cards to the empty Outlook folder, then has nothing left to do', async () => {
    const world = await aWorld();
    await world.putCard('grace', fullCard('grace', 'Grace', 'Hopper'));
    await world.putCard('alan', fullCard('alan', 'Alan', 'Turing', ['TITLE:Mathematician', 'NOTE:Bletchley Park']));
    expect(await world.run()).toMatchObject({ outlook: { created: 2 }, carddav: { created: 0 }, failures: [] });
    await expectSameSides(world, ['Alan Turing', 'Grace Hopper']);
    expect(await world.run()).toMatchObject(nothingDone);
    await expectSameSides(world, ['Alan Turing', 'Grace Hopper']);
  });

  it('carries edits made on both sides to different contacts', async () => {
    const world = await linkedWorld([['Ada', 'Lovelace'], ['Alan', 'Turing'], ['Grace', 'Hopper']]);
    await world.editInOutlook('Ada Lovelace', { jobTitle: 'Countess' });
    await world.editCard('Alan Turing', withLine('NICKNAME', 'Prof'));
    expect(await world.run()).toMatchObject({ carddav: { updated: 1 }, outlook: { updated: 1 }, conflicts: 0, failures: [] });
    await expectSameSides(world, ['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    const { outlook, cards } = await world.sides();
    expect(outlook.find((fields) => fields.displayName === 'Alan Turing')?.nickName).toBe('Prof');
    expect(cards.find((card) => card.fields.displayName === 'Ada Lovelace')?.fields.jobTitle).toBe('Countess');
    expect(await world.run()).toMatchObject(nothingDone);
  });

  it('merges edits of different fields of one contact field by field, without a conflict', async () => {
    const world = await linkedWorld([['Ada', 'Lovelace']]);
    await world.editInOutlook('Ada Lovelace', { jobTitle: 'Countess' });
    await world.editCard('Ada Lovelace', withLine('NICKNAME', 'Enchantress of Numbers'));
    expect(await world.run()).toMatchObject({ carddav: { updated: 1 }, outlook: { updated: 1 }, conflicts: 0, failures: [] });
    await expectSameSides(world, ['Ada Lovelace']);
    const { outlook } = await world.sides();
    expect(outlook[0]).toMatchObject({ jobTitle: 'Countess', nickName: 'Enchantress of Numbers' });
    expect(await world.store.listConflicts()).toEqual([]);
  });

  it.each<[ConflictPolicy, string, string, string]>([
    ['newest', '20991231T000000Z', 'Card Title', 'remote'],
    ['newest', '20000101T000000Z', 'Outlook Title', 'local'],
    ['outlook', '20991231T000000Z', 'Outlook Title', 'local'],
    ['carddav', '20000101T000000Z', 'Card Title', 'remote'],
  ])('under policy %s with the card revised at %s, a field changed on both sides becomes %s and the conflict is logged', async (policy, rev, kept, keptSide) => {
    const world = await linkedWorld([['Ada', 'Lovelace']]);
    await world.editInOutlook('Ada Lovelace', { jobTitle: 'Outlook Title' });
    await world.editCard('Ada Lovelace', withLine('TITLE', 'Card Title', rev));
    expect(await world.run({ policy })).toMatchObject({ conflicts: 1, failures: [] });
    await expectSameSides(world, ['Ada Lovelace']);
    expect((await world.sides()).outlook[0]?.jobTitle).toBe(kept);
    expect(await world.store.listConflicts()).toMatchObject([{ field: 'jobTitle', reason: 'both-changed', keptSide, kept }]);
    expect(await world.run({ policy })).toMatchObject(nothingDone);
  });

  it('deletes a contact deleted in Outlook from the book, and one deleted from the book in Outlook', async () => {
    const names: [string, string][] = [['Ada', 'Lovelace'], ['Alan', 'Turing'], ['Grace', 'Hopper'], ['Edsger', 'Dijkstra'], ['Barbara', 'Liskov'], ['Donald', 'Knuth']];
    const world = await linkedWorld(names);
    await world.deleteInOutlook('Ada Lovelace');
    await world.deleteCard('Alan Turing');
    expect(await world.run()).toMatchObject({ carddav: { deleted: 1 }, outlook: { deleted: 1 }, failures: [] });
    await expectSameSides(world, ['Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov', 'Donald Knuth']);
    expect(await world.run()).toMatchObject(nothingDone);
  });

  it('stops before deleting more than a fifth of a side and changes nothing, until deletes are allowed', async () => {
    const world = await linkedWorld([['Ada', 'Lovelace'], ['Alan', 'Turing'], ['Grace', 'Hopper'], ['Edsger', 'Dijkstra'], ['Barbara', 'Liskov']]);
    await world.deleteCard('Ada Lovelace');
    await world.deleteCard('Alan Turing');
    await world.editInOutlook('Grace Hopper', { jobTitle: 'Rear Admiral' });
    const stopped = await world.run();
    expect(stopped.stopped).toEqual({ side: 'outlook', deletes: 2, of: 5 });
    expect(stopped).toMatchObject(nothingDone);
    const { outlook, cards } = await world.sides();
    expect(outlook).toHaveLength(5);
    expect(cards.map((card) => card.fields.displayName).sort()).toEqual(['Barbara Liskov', 'Edsger Dijkstra', 'Grace Hopper']);
    expect(cards.find((card) => card.fields.displayName === 'Grace Hopper')?.fields.jobTitle).toBe('Engineer');
    expect(await world.run({ allowDeletes: true })).toMatchObject({ outlook: { deleted: 2 }, carddav: { updated: 1 }, failures: [] });
    await expectSameSides(world, ['Barbara Liskov', 'Edsger Dijkstra', 'Grace Hopper']);
  });

  it('keeps a card’s unknown properties and fourth e-mail through an Outlook-side edit', async () => {
    const world = await aWorld();
    const extra = [
      'EMAIL;TYPE=internet:second@example.org',
      'EMAIL;TYPE=internet:third@example.org',
      'EMAIL;TYPE=internet:fourth@example.org',
      'X-FOO;X-PARAM=1:bar baz',
      'item1.X-ABLABEL:_$!<Anniversary>!$_',
      'item1.X-ABDATE:2001-02-03',
    ];
    await world.putCard('ada', fullCard('ada', 'Ada', 'Lovelace', extra));
    expect((await world.run()).outlook.created).toBe(1);
    await world.editInOutlook('Ada Lovelace', { jobTitle: 'Countess' });
    expect(await world.run()).toMatchObject({ carddav: { updated: 1 }, failures: [] });
    const [card] = (await world.sides()).cards;
    expect(card?.fields.jobTitle).toBe('Countess');
    for (const line of extra) expect(card?.text.split('\r\n')).toContain(line);
    expect(card?.text.match(/^EMAIL/gm)).toHaveLength(4);
    await expectSameSides(world, ['Ada Lovelace']);
    expect(await world.run()).toMatchObject(nothingDone);
  });
});
