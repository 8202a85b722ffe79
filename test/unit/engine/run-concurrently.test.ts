import { describe, expect, it } from 'vitest';
import { runConcurrently } from '../../../src/engine/run-concurrently.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('runConcurrently', () => {
  it('keeps at most the limit of pieces in flight and runs every item once', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await runConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await nextTurn();
      seen.push(item);
      inFlight -= 1;
    });
    expect(most).toBe(3);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts nothing new after a failure, waits for the pieces in flight, and throws the first failure', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = runConcurrently([1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      if (item === 1) throw new Error('item 1 failed');
      await nextTurn();
      finished.push(item);
    });
    await expect(run).rejects.toThrow('item 1 failed');
    expect(started).toEqual([1, 2]);
    expect(finished).toEqual([2]);
  });

  it('answers at once for no items', async () => {
    await expect(runConcurrently([], 4, () => Promise.reject(new Error('never called')))).resolves.toBeUndefined();
  });
});
