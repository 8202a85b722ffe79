import { describe, expect, it } from 'vitest';
import type { MasterCategory } from '../../../src/core/contact/master-category.js';
import { ValidationError } from '../../../src/core/errors.js';
import { CategoryBook } from '../../../src/engine/category-book.js';
import { FakeClock } from '../../fakes/fake-clock.js';
import { FakeMasterCategories } from '../../fakes/fake-master-categories.js';
import { InMemoryCategoryCache } from '../../fakes/in-memory-category-cache.js';

const CLIENTS: MasterCategory = { id: 'c1', displayName: 'Clients', color: 'preset7' };
const VIP: MasterCategory = { id: 'c2', displayName: 'VIP', color: 'preset0' };

function aBook(options: { granted?: readonly string[]; cached?: readonly MasterCategory[]; grantConsent?: () => Promise<void> } = {}) {
  const remote = new FakeMasterCategories([CLIENTS, VIP]);
  if (options.granted !== undefined) {
    remote.granted.clear();
    for (const scope of options.granted) remote.granted.add(scope);
  }
  const cache = new InMemoryCategoryCache();
  const clock = new FakeClock(1_000);
  const book = new CategoryBook({ remote, cache, clock, ...(options.grantConsent === undefined ? {} : { grantConsent: options.grantConsent }) });
  return { book, remote, cache };
}

describe('CategoryBook', () => {
  it('reads the list from Graph once per session, however often a view needs it, and keeps it in the cache', async () => {
    const { book, remote, cache } = aBook();
    await Promise.all([book.ensureRead(), book.ensureRead()]);
    await book.ensureRead();
    expect(book.state()).toEqual({ status: 'ready', categories: [CLIENTS, VIP] });
    expect(remote.calls).toEqual(['list']);
    expect(await cache.cachedCategories()).toEqual({ categories: [CLIENTS, VIP], readAt: 1_000 });
  });

  it('reads it again on demand', async () => {
    const { book, remote } = aBook();
    await book.ensureRead();
    await book.refresh();
    expect(remote.calls).toEqual(['list', 'list']);
  });

  it('shows the cached list while Graph is asked, and keeps it when the permission is missing', async () => {
    const { book, cache } = aBook({ granted: [] });
    await cache.keepCategories({ categories: [VIP], readAt: 5 });
    const seen: string[] = [];
    book.subscribe(() => seen.push(`${book.state().status}:${book.state().categories.length}`));
    await book.ensureRead();
    expect(seen).toEqual(['reading:1', 'failed:1']);
    expect(book.state()).toMatchObject({ status: 'failed', reason: 'permission', categories: [VIP] });
  });

  it('lets chips ask Graph only once it gave the list before, never after a refusal', async () => {
    const first = aBook({ granted: [] });
    await first.book.ensureRead({ passive: true });
    expect(first.remote.calls).toEqual([]);
    await first.book.ensureRead();
    expect(first.remote.calls).toEqual(['list']);
    expect(first.book.state()).toMatchObject({ status: 'failed', reason: 'permission' });
    const next = new CategoryBook({ remote: first.remote, cache: first.cache, clock: new FakeClock(3_000) });
    await next.ensureRead({ passive: true });
    expect(first.remote.calls).toEqual(['list']);
    first.remote.granted.add('MailboxSettings.Read');
    await next.ensureRead();
    expect(next.state()).toEqual({ status: 'ready', categories: [CLIENTS, VIP] });
    const after = new CategoryBook({ remote: first.remote, cache: first.cache, clock: new FakeClock(4_000) });
    await Promise.all([after.ensureRead({ passive: true }), after.ensureRead({ passive: true })]);
    expect(first.remote.calls).toEqual(['list', 'list', 'list']);
    expect(after.state()).toEqual({ status: 'ready', categories: [CLIENTS, VIP] });
  });

  it('asks for ReadWrite through the consent window when creating, then creates once and lists the new category', async () => {
    let asked = 0;
    const { book, remote, cache } = aBook({ granted: ['MailboxSettings.Read'] });
    const grantConsent = async () => {
      asked += 1;
      remote.granted.add('MailboxSettings.ReadWrite');
    };
    const withConsent = new CategoryBook({ remote, cache, clock: new FakeClock(2_000), grantConsent });
    await withConsent.ensureRead();
    const created = await withConsent.create('  Golf ', 'preset4');
    expect(created).toMatchObject({ displayName: 'Golf', color: 'preset4' });
    expect(asked).toBe(1);
    expect(withConsent.state().categories.map((each) => each.displayName)).toEqual(['Clients', 'VIP', 'Golf']);
    expect((await cache.cachedCategories())?.categories).toHaveLength(3);
    expect(book.state().status).toBe('unread');
  });

  it.each([
    ['', 'required'],
    ['vip', 'unique'],
    ['x'.repeat(256), 'length'],
  ])('refuses to create %j (%s) without asking Graph', async (name, rule) => {
    const { book, remote } = aBook();
    await book.ensureRead();
    const failure = await book.create(name, 'none').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationError);
    expect((failure as ValidationError).rule).toBe(rule);
    expect(remote.calls).toEqual(['list']);
  });
});
