// The CardLinkStore contract: the pairing's link table kept in the mirror's settings, run on every settings
// store it is kept in (the in-memory fake, Dexie on fake-indexeddb, the command line's store file), so a run
// that stops halfway resumes from exactly what it confirmed, after a reload too.
import { describe, expect, it } from 'vitest';
import type { CardLink, Href, Uid } from '../../src/core/carddav/card-link.js';
import { StoreError } from '../../src/core/errors.js';
import type { LocalId } from '../../src/core/sync/mirror-contact.js';
import type { CardLinkStore } from '../../src/ports/card-link-store.js';
import type { SettingsStore } from '../../src/ports/mirror-store.js';

export interface CardLinkStoreFixture {
  /** The link table of pairing `key`, on the fixture's storage as it is now. */
  pairing(key: string): CardLinkStore;
  /** The settings the tables are kept in (to damage one). */
  settings(): SettingsStore;
  /** Closes the storage and opens it again, as the next run or a reloaded pane would. */
  reopen(): Promise<void>;
  teardown(): Promise<void>;
}

export type CardLinkStoreSetup = () => Promise<CardLinkStoreFixture>;

const aLink = (n: number, extra: Partial<CardLink> = {}): CardLink => ({
  localId: `g:contact-${n}` as LocalId,
  uid: `uid-${n}` as Uid,
  href: `/ada/contacts/uid-${n}.vcf` as Href,
  etag: `"etag-${n}"`,
  base: { displayName: `Person ${n}`, emailAddresses: [{ address: `p${n}@example.com`, name: `Person ${n}` }], homeAddress: { street: '1 Road', city: 'Town' } },
  ...extra,
});

async function withFixture(setup: CardLinkStoreSetup, test: (fixture: CardLinkStoreFixture) => Promise<void>): Promise<void> {
  const fixture = await setup();
  try {
    await test(fixture);
  } finally {
    await fixture.teardown();
  }
}

const byId = (links: readonly CardLink[]): CardLink[] => [...links].sort((a, b) => a.localId.localeCompare(b.localId));

export function runCardLinkStoreContract(name: string, setup: CardLinkStoreSetup): void {
  describe(`CardLinkStore contract: ${name}`, () => {
    it('holds no links and no cursor for a new pairing', () =>
      withFixture(setup, async (fixture) => {
        expect(await fixture.pairing('p').load()).toEqual({ links: [] });
      }));

    it('keeps one link per Outlook contact: a second put replaces the first', () =>
      withFixture(setup, async (fixture) => {
        const links = fixture.pairing('p');
        await links.putLink(aLink(1, { etag: undefined, base: undefined, pending: 'card' }));
        await links.putLink(aLink(2));
        await links.putLink(aLink(1));
        expect(byId((await links.load()).links)).toEqual([aLink(1), aLink(2)]);
      }));

    it('puts many links in one call, replacing those of the same Outlook contacts', () =>
      withFixture(setup, async (fixture) => {
        const links = fixture.pairing('p');
        await links.putLink(aLink(1, { etag: undefined, base: undefined, pending: 'card' }));
        await links.putLinks([aLink(1), aLink(2), aLink(3)]);
        await links.putLinks([]);
        expect(byId((await links.load()).links)).toEqual([aLink(1), aLink(2), aLink(3)]);
      }));

    it('removes only the link asked for, and an unknown one is no error', () =>
      withFixture(setup, async (fixture) => {
        const links = fixture.pairing('p');
        await links.putLink(aLink(1));
        await links.putLink(aLink(2));
        await links.removeLink(aLink(1).localId);
        await links.removeLink('g:never' as LocalId);
        expect((await links.load()).links).toEqual([aLink(2)]);
      }));

    it('stores the cursor beside the links, and forgets it when set to nothing', () =>
      withFixture(setup, async (fixture) => {
        const links = fixture.pairing('p');
        await links.putLink(aLink(1));
        await links.setCursor('sync:token-1');
        await links.putLink(aLink(2));
        expect(await links.load()).toEqual({ cursor: 'sync:token-1', links: [aLink(1), aLink(2)] });
        await links.setCursor(undefined);
        expect(await links.load()).toEqual({ links: [aLink(1), aLink(2)] });
      }));

    it('keeps the tables of two pairings apart', () =>
      withFixture(setup, async (fixture) => {
        await fixture.pairing('one').putLink(aLink(1));
        await fixture.pairing('two').putLink(aLink(2));
        await fixture.pairing('two').setCursor('sync:two');
        expect(await fixture.pairing('one').load()).toEqual({ links: [aLink(1)] });
        expect(await fixture.pairing('two').load()).toEqual({ cursor: 'sync:two', links: [aLink(2)] });
      }));

    it('gives back exactly what it confirmed after the storage is opened again, pending links included', () =>
      withFixture(setup, async (fixture) => {
        const pending: CardLink = { localId: 'c:client-9' as LocalId, uid: 'uid-9' as Uid, href: '/ada/contacts/9.vcf' as Href, etag: '"e9"', base: { displayName: 'Nine' }, pending: 'contact' };
        await fixture.pairing('p').putLink(aLink(1));
        await fixture.pairing('p').putLink(pending);
        await fixture.pairing('p').setCursor('sync:after');
        await fixture.reopen();
        expect(await fixture.pairing('p').load()).toEqual({ cursor: 'sync:after', links: [aLink(1), pending] });
      }));

    it('refuses a damaged table with a StoreError rather than starting over', () =>
      withFixture(setup, async (fixture) => {
        await fixture.pairing('p').putLink(aLink(1));
        await fixture.settings().setSetting('carddav-pairing:p', { links: [{ localId: 5 }] });
        await expect(fixture.pairing('p').load()).rejects.toBeInstanceOf(StoreError);
        await fixture.settings().setSetting('carddav-pairing:p', 'not a table');
        await expect(fixture.pairing('p').putLink(aLink(2))).rejects.toBeInstanceOf(StoreError);
      }));
  });
}
