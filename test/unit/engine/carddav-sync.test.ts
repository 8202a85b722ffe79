import { describe, expect, it } from 'vitest';
import { SettingsCardLinkStore } from '../../../src/adapters/carddav/settings-card-link-store.js';
import type { Href } from '../../../src/core/carddav/card-link.js';
import { readCard } from '../../../src/core/carddav/card-text.js';
import { VCARD_30_MAPPING } from '../../../src/core/mapping/presets/vcard-mapping.js';
import { runCardDavSync } from '../../../src/engine/carddav-sync.js';
import type { CardDavSyncDeps } from '../../../src/engine/carddav-sync.js';
import { createContact } from '../../../src/engine/local-edits.js';
import { syncOnce } from '../../../src/engine/sync-once.js';
import type { ClientId } from '../../../src/core/contact/contact.js';
import type { SettingsStore } from '../../../src/ports/mirror-store.js';
import { aCard } from '../../contracts/address-book.contract.js';
import { InMemoryAddressBook } from '../../fakes/in-memory-address-book.js';
import { aSyncWorld } from '../../fakes/sync-world.js';

const MAPPING = { document: VCARD_30_MAPPING, version: '3.0' as const };

/** `settingsOf` wraps the settings the links are kept in (to watch their writes). */
async function aPairing(options: Partial<CardDavSyncDeps> = {}, settingsOf = (settings: SettingsStore): SettingsStore => settings) {
  const world = aSyncWorld();
  const book = new InMemoryAddressBook();
  const bookHref = book.addBook('/alice/contacts/', 'contacts');
  const deps: CardDavSyncDeps = {
    book,
    bookHref,
    store: world.store,
    links: new SettingsCardLinkStore(settingsOf(world.store), 'pairing-1'),
    clock: world.clock,
    newClientId: world.deps.newClientId,
    folderId: world.remote.defaultFolderId,
    mapping: MAPPING,
    ...options,
  };
  await syncOnce(world.deps);
  const run = async () => {
    const report = await runCardDavSync(deps);
    await syncOnce(world.deps);
    return report;
  };
  const cardNames = () => [...book.cardsOf(bookHref).values()].map((card) => readCard(card.text, MAPPING)?.fields.displayName).sort();
  const contactNames = () => world.remote.contacts().map((contact) => contact.fields.displayName).sort();
  return { world, book, bookHref, deps, run, cardNames, contactNames };
}

describe('runCardDavSync', () => {
  it('copies Outlook contacts to new cards and cards to new contacts, then has nothing left to do', async () => {
    const pairing = await aPairing();
    pairing.world.remote.serverCreate({ displayName: 'Ada Lovelace', givenName: 'Ada', surname: 'Lovelace' });
    await syncOnce(pairing.world.deps);
    pairing.book.putDirectly('/alice/contacts/bob.vcf' as Href, aCard('bob', 'Bob'));
    const first = await pairing.run();
    expect(first).toMatchObject({ carddav: { created: 1 }, outlook: { created: 1 }, failures: [] });
    expect(pairing.cardNames()).toEqual(['Ada Lovelace', 'Bob']);
    expect(pairing.contactNames()).toEqual(['Ada Lovelace', 'Bob']);
    const second = await pairing.run();
    expect(second).toMatchObject({ carddav: { created: 0, updated: 0, deleted: 0 }, outlook: { created: 0, updated: 0, deleted: 0 } });
    expect(pairing.cardNames()).toEqual(['Ada Lovelace', 'Bob']);
  });

  it('stops before deleting a side that suddenly looks empty, and changes nothing', async () => {
    const pairing = await aPairing();
    pairing.book.putDirectly('/alice/contacts/bob.vcf' as Href, aCard('bob', 'Bob'));
    await pairing.run();
    pairing.book.deleteDirectly('/alice/contacts/bob.vcf' as Href);
    const report = await pairing.run();
    expect(report.stopped).toEqual({ side: 'outlook', deletes: 1, of: 1 });
    expect(pairing.contactNames()).toEqual(['Bob']);
    expect((await runCardDavSync({ ...pairing.deps, allowDeletes: true })).outlook.deleted).toBe(1);
  });

  it('tells the progress of the plan’s actions, from none to all of them', async () => {
    const seen: { done: number; total: number }[] = [];
    const pairing = await aPairing({ onProgress: (progress) => seen.push({ ...progress }) });
    pairing.book.putDirectly('/alice/contacts/bob.vcf' as Href, aCard('bob', 'Bob'));
    pairing.book.putDirectly('/alice/contacts/cy.vcf' as Href, aCard('cy', 'Cy'));
    await pairing.run();
    // The two creates travel as one chunk: the progress moves by the chunk.
    expect(seen).toEqual([
      { done: 0, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  it('lists the whole book again after an expired cursor without duplicating anything', async () => {
    const pairing = await aPairing();
    pairing.book.putDirectly('/alice/contacts/bob.vcf' as Href, aCard('bob', 'Bob'));
    await pairing.run();
    pairing.book.expireCursors();
    pairing.book.putDirectly('/alice/contacts/cy.vcf' as Href, aCard('cy', 'Cy'));
    const report = await pairing.run();
    expect(report).toMatchObject({ resynced: true, outlook: { created: 1 } });
    expect(pairing.contactNames()).toEqual(['Bob', 'Cy']);
  });

  it.each([
    ['pulls a large book into new contacts', 'cards'],
    ['pushes many new contacts as cards', 'contacts'],
  ] as const)('%s writing the link table a few times, not once per contact', async (_name, source) => {
    const writes: string[] = [];
    const pairing = await aPairing({}, (settings) => ({ getSetting: (key) => settings.getSetting(key), setSetting: (key, value) => (writes.push(key), settings.setSetting(key, value)) }));
    const names = Array.from({ length: 1200 }, (_, index) => `Person ${index}`);
    for (const [index, name] of names.entries()) {
      if (source === 'cards') pairing.book.putDirectly(`/alice/contacts/p${index}.vcf` as Href, aCard(`p${index}`, name));
      else await createContact(pairing.world.store, { clientId: `new-${index}` as ClientId, folderId: pairing.deps.folderId, fields: { displayName: name }, now: 1 });
    }
    const report = await pairing.run();
    expect(source === 'cards' ? report.outlook.created : report.carddav.created).toBe(names.length);
    expect(writes.length).toBeLessThanOrEqual(8);
    expect(pairing.cardNames()).toEqual([...names].sort());
    expect(pairing.contactNames()).toEqual([...names].sort());
    expect((await pairing.run()).outlook.created + (await pairing.run()).carddav.created).toBe(0);
  });

  it('keeps the cursor after a failed write so the next run tries again', async () => {
    const pairing = await aPairing();
    pairing.world.remote.serverCreate({ displayName: 'Ada' });
    await syncOnce(pairing.world.deps);
    const { cursor } = await pairing.deps.links.load();
    pairing.book.failNext(new Error('ignored: listing'));
    await expect(pairing.run()).rejects.toThrow('listing');
    expect((await pairing.deps.links.load()).cursor).toBe(cursor);
    expect((await pairing.run()).carddav.created).toBe(1);
    expect(pairing.cardNames()).toEqual(['Ada']);
  });
});
