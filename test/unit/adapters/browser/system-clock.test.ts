import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../../src/adapters/browser/system-clock.js';

describe('systemClock', () => {
  it('reads the wall clock', () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
  });

  it('rejects a sleep at once when its signal aborts', async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(sleeping).rejects.toThrow('stopped');
  });

  it('rejects a sleep whose signal is already aborted', async () => {
    await expect(systemClock.sleep(60_000, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });
});
