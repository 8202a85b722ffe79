// The CardDAV servers and pairings the pane keeps: a stored value checked before use, a server found again by
// its URL and user, and a pairing changed or removed wherever it is.
import { describe, expect, it } from 'vitest';
import type { Href } from '../../../../src/core/carddav/card-link.js';
import { findServer, normalizeServerUrl, parseCardDavSettings, withPairing, withServer } from '../../../../src/core/carddav/carddav-settings.js';
import type { CardDavPairing, CardDavServer, CardDavSettings } from '../../../../src/core/carddav/carddav-settings.js';
import type { GraphId } from '../../../../src/core/contact/contact.js';

const aPairing = (id: string, overrides: Partial<CardDavPairing> = {}): CardDavPairing => ({
  id,
  bookHref: '/ann/contacts/' as Href,
  bookName: 'contacts',
  folderId: 'folder-1' as GraphId,
  folderName: 'Contacts',
  mapping: 'vcard-4.0',
  direction: 'two-way',
  ...overrides,
});
const aServer = (id: string, pairings: readonly CardDavPairing[] = [], overrides: Partial<CardDavServer> = {}): CardDavServer => ({ id, url: 'https://dav.example.com/', user: 'ann', remember: false, pairings, ...overrides });

describe('parseCardDavSettings', () => {
  it('reads nothing stored as no servers', () => {
    expect(parseCardDavSettings(undefined)).toEqual({ servers: [] });
  });

  it('reads back what was stored, with a last run', () => {
    const lastRun = { at: 5, outlook: { created: 1, updated: 0, deleted: 0 }, carddav: { created: 0, updated: 2, deleted: 0 }, conflicts: 1, failures: 0 };
    const settings: CardDavSettings = { servers: [aServer('s-1', [aPairing('p-1', { lastRun })], { remember: true })] };
    expect(parseCardDavSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });

  it.each([
    ['not an object', 'servers'],
    ['no server list', { servers: 'x' }],
    ['a server without a user', { servers: [{ ...aServer('s-1'), user: 7 }] }],
    ['an unknown mapping', { servers: [aServer('s-1', [aPairing('p-1', { mapping: 'csv' as never })])] }],
    ['an unknown direction', { servers: [aServer('s-1', [aPairing('p-1', { direction: 'sideways' as never })])] }],
    ['a damaged last run', { servers: [aServer('s-1', [aPairing('p-1', { lastRun: { at: 'x' } as never })])] }],
  ])('refuses %s', (_name, value) => {
    expect(parseCardDavSettings(value)).toBeUndefined();
  });
});

describe('findServer', () => {
  const settings: CardDavSettings = { servers: [aServer('s-1'), aServer('s-2', [], { user: 'bob' })] };
  it.each([
    ['https://dav.example.com/', 'ann', 's-1'],
    ['https://DAV.example.com', 'ann', 's-1'],
    ['https://dav.example.com/', 'bob', 's-2'],
    ['https://dav.example.com/other/', 'ann', undefined],
    ['https://dav.example.com/', 'cy', undefined],
  ])('%s as %s → %s', (url, user, expected) => {
    expect(findServer(settings, url, user)?.id).toBe(expected);
  });

  it('normalizes a URL without its trailing slashes', () => {
    expect(normalizeServerUrl('HTTPS://Dav.Example.com/dav//')).toBe('https://dav.example.com/dav');
  });
});

describe('withServer and withPairing', () => {
  const settings: CardDavSettings = { servers: [aServer('s-1', [aPairing('p-1'), aPairing('p-2')]), aServer('s-2', [aPairing('p-3')])] };

  it('replaces a server by id and adds a new one', () => {
    const changed = withServer(withServer(settings, aServer('s-1', [], { remember: true })), aServer('s-3'));
    expect(changed.servers.map((server) => [server.id, server.remember, server.pairings.length])).toEqual([
      ['s-2', false, 1],
      ['s-1', true, 0],
      ['s-3', false, 0],
    ]);
  });

  it('changes one pairing and removes another, leaving the rest', () => {
    const renamed = withPairing(settings, 'p-3', (pairing) => ({ ...pairing, bookName: 'work' }));
    const removed = withPairing(renamed, 'p-1', () => undefined);
    expect(removed.servers.map((server) => server.pairings.map((pairing) => `${pairing.id}:${pairing.bookName}`))).toEqual([['p-2:contacts'], ['p-3:work']]);
  });
});
