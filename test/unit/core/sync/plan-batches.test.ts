import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainDependsOn, MAX_BATCH_REQUESTS, MAX_CONCURRENT_BATCHES, planBatches } from '../../../../src/core/sync/plan-batches.js';
import type { BatchPlanItem } from '../../../../src/core/sync/plan-batches.js';

const items = (count: number, key?: (i: number) => string | undefined): BatchPlanItem[] =>
  Array.from({ length: count }, (_, i) => {
    const k = key?.(i);
    return k === undefined ? {} : { key: k };
  });

describe('planBatches', () => {
  it.each([
    [0, 0, 0],
    [1, 1, 1],
    [20, 1, 1],
    [21, 2, 1],
    [80, 4, 1],
    [81, 5, 2],
    [1000, 50, 13],
  ])('plans %i requests as %i batches in %i waves', (count, batches, waves) => {
    const plan = planBatches(items(count));
    expect(plan.waves.flat()).toHaveLength(batches);
    expect(plan.waves).toHaveLength(waves);
  });

  it('never puts two batches touching the same item in one wave', () => {
    const plan = planBatches(items(40, (i) => (i === 3 || i === 25 ? 'same' : undefined)));
    expect(plan.waves).toEqual([[{ indexes: range(0, 20) }], [{ indexes: range(20, 40) }]]);
  });

  it('keeps every request exactly once, in order, within the limits', () => {
    const keyed = fc.array(fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }), { maxLength: 300 });
    fc.assert(
      fc.property(keyed, (keys) => {
        const plan = planBatches(keys.map((key) => (key === undefined ? {} : { key })));
        const order = plan.waves.flatMap((wave) => wave.flatMap((batch) => batch.indexes));
        expect(order).toEqual(range(0, keys.length));
        for (const wave of plan.waves) {
          expect(wave.length).toBeLessThanOrEqual(MAX_CONCURRENT_BATCHES);
          for (const batch of wave) expect(batch.indexes.length).toBeLessThanOrEqual(MAX_BATCH_REQUESTS);
          const seen = wave.map((batch) => new Set(batch.indexes.map((i) => keys[i]).filter((k) => k !== undefined)));
          for (let a = 0; a < seen.length; a += 1)
            for (let b = a + 1; b < seen.length; b += 1) expect([...(seen[a] ?? [])].filter((k) => seen[b]?.has(k))).toEqual([]);
        }
      }),
    );
  });

  it('honours a smaller batch size and concurrency', () => {
    const plan = planBatches(items(10), { maxBatchRequests: 3, maxConcurrentBatches: 2 });
    expect(plan.waves.map((wave) => wave.map((batch) => batch.indexes.length))).toEqual([[3, 3], [3, 1]]);
  });
});

describe('chainDependsOn', () => {
  it('makes each request depend on the one before so one runs at a time', () => {
    expect(chainDependsOn(3)).toEqual([{ id: '1' }, { id: '2', dependsOn: ['1'] }, { id: '3', dependsOn: ['2'] }]);
    expect(chainDependsOn(0)).toEqual([]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
