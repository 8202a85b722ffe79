// `contact-bridge carddav`'s options and its choice of book: defaults, the password from the environment, the
// book named by href, URL, display name or path segment, and errors that say what to pass.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_ENV, parseCardDavArgs } from '../../../src/cli/parse-carddav-args.js';
import { findBook } from '../../../src/cli/run-carddav.js';
import { UserError } from '../../../src/core/errors.js';
import type { Href } from '../../../src/ports/address-book.js';

const SERVER = ['--carddav', 'https://dav.example/', '--user', 'ada'];
const SYNC = [...SERVER, '--book', 'contacts', '--state', 's.json', '--token', 't'];

function userErrorOf(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('no UserError');
}

describe('parseCardDavArgs', () => {
  it('lists the books when no --book is given, with the password from CARDDAV_PASSWORD', () => {
    expect(parseCardDavArgs(SERVER, { [DEFAULT_PASSWORD_ENV]: 'pw' })).toEqual({ kind: 'list-books', server: { url: 'https://dav.example/', user: 'ada', password: 'pw' } });
  });

  it('defaults to two-way, newest, vCard 3.0 and no deletes beyond the safety stop', () => {
    expect(parseCardDavArgs(SYNC)).toMatchObject({
      kind: 'sync',
      book: 'contacts',
      connection: { store: 's.json', auth: { kind: 'token', token: 't' } },
      mapping: { kind: 'preset', version: '3.0' },
      direction: 'two-way',
      policy: 'newest',
      allowDeletes: false,
    });
  });

  it('reads the choices given', () => {
    const options = parseCardDavArgs([...SYNC, '--direction', 'to-outlook', '--policy', 'carddav', '--mapping', 'mine.json', '--allow-deletes', '--folder', 'Friends']);
    expect(options).toMatchObject({ direction: 'to-outlook', policy: 'carddav', mapping: { kind: 'file', file: 'mine.json' }, allowDeletes: true, folder: 'Friends' });
    expect(parseCardDavArgs([...SYNC, '--mapping', 'vcard-4.0'])).toMatchObject({ mapping: { kind: 'preset', version: '4.0' } });
  });

  it('reads the password from the variable --password-env names', () => {
    expect(parseCardDavArgs([...SERVER, '--password-env', 'MY_PW'], { MY_PW: 'secret', [DEFAULT_PASSWORD_ENV]: 'other' }).server.password).toBe('secret');
  });

  it.each([
    ['an unknown direction', [...SYNC, '--direction', 'sideways'], '--direction'],
    ['an unknown policy', [...SYNC, '--policy', 'loudest'], '--policy'],
    ['an unknown mapping', [...SYNC, '--mapping', 'vcard-2.1'], '--mapping'],
    ['a missing server', ['--user', 'ada'], '--carddav'],
    ['a server that is no URL', ['--carddav', 'dav.example', '--user', 'ada'], '--carddav'],
    ['a missing user', ['--carddav', 'https://dav.example/'], '--user'],
    ['a missing state file', [...SERVER, '--book', 'contacts', '--token', 't'], '--state'],
    ['--store instead of --state', [...SYNC, '--store', 'x.json'], '--state'],
    ['an unset password variable', [...SERVER, '--password-env', 'NOT_SET'], 'NOT_SET'],
    ['an unknown option', [...SYNC, '--colour', 'red'], 'colour'],
    ['credentials in the server URL', ['--carddav', 'https://ada:hunter2@dav.example/', '--user', 'ada'], 'must not carry'],
  ])('refuses %s', (_name, argv, named) => {
    const error = userErrorOf(() => parseCardDavArgs(argv, { MY_PW: 'secret' }));
    const text = `${error.message}\n${error.details ?? ''}\n${error.fix ?? ''}`;
    expect(text).toContain(named);
    expect(text).not.toContain('hunter2');
  });
});

describe('findBook', () => {
  const books = [
    { href: '/ada/contacts/' as Href, displayName: 'Contacts' },
    { href: '/ada/work%20book/' as Href, displayName: 'Work' },
  ];

  it.each([
    ['its href', '/ada/contacts/', '/ada/contacts/'],
    ['its href without the slash', '/ada/contacts', '/ada/contacts/'],
    ['its URL', 'https://dav.example/ada/work%20book/', '/ada/work%20book/'],
    ['its display name', 'Work', '/ada/work%20book/'],
    ['its last path segment', 'work book', '/ada/work%20book/'],
    ['its name in another case', 'contacts', '/ada/contacts/'],
  ])('finds a book by %s', (_name, wanted, href) => {
    expect(findBook(books, wanted).href).toBe(href);
  });

  it('lists the books when none matches', () => {
    const error = userErrorOf(() => findBook(books, 'Family'));
    expect(error.message).toContain('Family');
    expect(error.details).toContain('/ada/work%20book/');
  });
});
