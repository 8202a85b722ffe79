import { describe, expect, it } from 'vitest';
import { InProcessLock } from '../../../src/adapters/browser/in-process-lock.js';
import { SyncScheduler } from '../../../src/engine/sync-scheduler.js';
import type { SchedulerOptions } from '../../../src/engine/sync-scheduler.js';
import type { SyncSummary } from '../../../src/ports/sync-events.js';
import { FakeClock, flush } from '../../fakes/fake-clock.js';
import { InMemorySyncEvents } from '../../fakes/in-memory-sync-events.js';

const SUMMARY: SyncSummary = { folders: 1, contacts: 0, created: 0, updated: 0, deleted: 0, conflicts: 0, failures: 0 };

function aScheduler(overrides: Partial<SchedulerOptions> = {}): { scheduler: SyncScheduler; clock: FakeClock; events: InMemorySyncEvents; runs: () => number } {
  const clock = new FakeClock();
  const events = new InMemorySyncEvents();
  let count = 0;
  const scheduler = new SyncScheduler({
    lock: new InProcessLock(),
    events,
    clock,
    lockName: 'sync-account',
    intervalMs: 60_000,
    run: async () => {
      count += 1;
      return SUMMARY;
    },
    ...overrides,
  });
  return { scheduler, clock, events, runs: () => count };
}

describe('SyncScheduler', () => {
  it('syncs on open and then on every interval until stopped', async () => {
    const { scheduler, clock, runs } = aScheduler();
    await scheduler.start();
    expect(runs()).toBe(1);
    await clock.advance(60_000);
    await clock.advance(60_000);
    expect(runs()).toBe(3);
    scheduler.stop();
    await clock.advance(600_000);
    expect(runs()).toBe(3);
  });

  it('tells other panes when a sync starts, progresses and finishes', async () => {
    const { scheduler, events } = aScheduler({
      run: async (onProgress) => {
        onProgress({ phase: 'pull', pages: 1, contacts: 10 });
        return SUMMARY;
      },
    });
    await scheduler.requestSync('demand');
    expect(events.kinds()).toEqual(['sync-started', 'sync-progress', 'sync-finished']);
  });

  it('reports a failed run without throwing and publishes the failure', async () => {
    const { scheduler, events } = aScheduler({ run: async () => Promise.reject(new Error('Graph is down')) });
    const outcome = await scheduler.requestSync('demand');
    expect(outcome.status).toBe('failed');
    expect(events.published.at(-1)).toEqual(expect.objectContaining({ kind: 'sync-failed', message: 'Graph is down' }));
  });

  it('answers the running sync instead of starting a second one in the same pane', async () => {
    let release: () => void = () => undefined;
    let started = 0;
    const { scheduler } = aScheduler({
      run: () => {
        started += 1;
        return new Promise((resolve) => { release = () => resolve(SUMMARY); });
      },
    });
    const first = scheduler.requestSync('demand');
    const second = scheduler.requestSync('focus');
    await flush();
    release();
    expect(await first).toEqual(await second);
    expect(started).toBe(1);
  });

  it('skips a timer sync while another pane holds the account lock', async () => {
    const lock = new InProcessLock();
    let release: () => void = () => undefined;
    const other = lock.withLock('sync-account', () => new Promise<void>((resolve) => { release = resolve; }));
    const { scheduler, runs } = aScheduler({ lock });
    expect(await scheduler.requestSync('timer')).toEqual({ status: 'skipped', reason: 'running-elsewhere' });
    const demanded = scheduler.requestSync('demand');
    await flush();
    expect(runs()).toBe(0);
    release();
    await other;
    expect((await demanded).status).toBe('done');
    expect(runs()).toBe(1);
  });

  it('skips a focus sync right after a sync and runs one later', async () => {
    const { scheduler, clock, runs } = aScheduler({ focusMinGapMs: 30_000 });
    await scheduler.requestSync('demand');
    expect(await scheduler.onFocus()).toEqual({ status: 'skipped', reason: 'recent' });
    await clock.advance(30_000);
    expect((await scheduler.onFocus()).status).toBe('done');
    expect(runs()).toBe(2);
  });
});
