import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs } from '../../../../src/adapters/graph/middleware/retry-handler.js';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('parseRetryAfterMs', () => {
  it.each([
    ['7', 7000],
    ['0', 0],
    ['1.5', 1500],
    [' 3 ', 3000],
    ['Wed, 25 Nov 2026 12:00:30 GMT', 30_000],
    ['Wed, 25 Nov 2026 11:59:00 GMT', 0],
  ])('reads %j as %i ms', (header, expected) => {
    expect(parseRetryAfterMs(header, NOW)).toBe(expected);
  });

  it.each([[undefined], [null], [''], ['soon'], ['-5']])('ignores %j', (header) => {
    expect(parseRetryAfterMs(header, NOW)).toBeUndefined();
  });
});
