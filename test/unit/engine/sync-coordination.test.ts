// The coordination adapters the scheduler runs on in Node: the in-process lock and BroadcastChannel events.
import { describe, expect, it } from 'vitest';
import { BroadcastSyncEvents, syncChannelName } from '../../../src/adapters/browser/broadcast-sync-events.js';
import { InProcessLock } from '../../../src/adapters/browser/in-process-lock.js';
import { lockForHost } from '../../../src/adapters/browser/web-locks-lock.js';
import type { SyncEvent } from '../../../src/ports/sync-events.js';

describe('InProcessLock', () => {
  it('runs tasks under one name one after another', async () => {
    const lock = new InProcessLock();
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name}-start`);
      await Promise.resolve();
      order.push(`${name}-end`);
      return name;
    };
    const results = await Promise.all([lock.withLock('a', task('1')), lock.withLock('a', task('2'))]);
    expect(order).toEqual(['1-start', '1-end', '2-start', '2-end']);
    expect(results).toEqual([{ acquired: true, value: '1' }, { acquired: true, value: '2' }]);
  });

  it('releases the lock when the task fails', async () => {
    const lock = new InProcessLock();
    await expect(lock.withLock('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.withLock('a', async () => 1, { ifAvailable: true })).toEqual({ acquired: true, value: 1 });
  });

  it('is chosen when the host has no Web Locks', () => {
    expect(lockForHost({})).toBeInstanceOf(InProcessLock);
  });
});

describe('BroadcastSyncEvents', () => {
  it('delivers an event to this pane and to another pane of the same account', async () => {
    const name = syncChannelName(`account-${Math.random()}`);
    const here = new BroadcastSyncEvents(name);
    const there = new BroadcastSyncEvents(name);
    const local: SyncEvent[] = [];
    here.subscribe((event) => local.push(event));
    const remote = new Promise<SyncEvent>((resolve) => there.subscribe(resolve));
    const event: SyncEvent = { kind: 'sync-started', at: 5 };
    here.publish(event);
    expect(local).toEqual([event]);
    expect(await remote).toEqual(event);
    here.close();
    there.close();
  });
});
