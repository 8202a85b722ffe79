import { describe, expect, it } from 'vitest';
import { checkFigures, renderTable, verdictOf } from '../../../bench/bench-table.js';

describe('checkFigures', () => {
  it('accepts a flat object of numbers', () => {
    expect(checkFigures({ 'bundle.initialJsKB': 25.9, 'sync.coldPullSeconds': 3 })).toEqual({ ok: true, figures: { 'bundle.initialJsKB': 25.9, 'sync.coldPullSeconds': 3 } });
  });

  it.each([
    [null, /object of name/],
    [[1, 2], /object of name/],
    [{ a: '3' }, /"a" is not a finite number/],
    [{ a: Number.NaN }, /"a" is not a finite number/],
    [{ a: { nested: 1 } }, /"a" is not a finite number/],
  ])('rejects %j', (value, problem) => {
    const checked = checkFigures(value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(problem);
  });
});

describe('verdictOf', () => {
  it.each([
    [149.9, { max: 150 }, 'ok'],
    [150.1, { max: 150 }, 'over'],
    [0.8, { min: 0.9 }, 'under'],
    [12, undefined, undefined],
  ] as const)('judges %d against %j as %s', (value, target, verdict) => {
    expect(verdictOf(value, target)).toBe(verdict);
  });
});

describe('renderTable', () => {
  it('shows value, target, ratio and verdict in aligned columns', () => {
    const table = renderTable([
      { name: 'bundle.initialJsKB', value: 25.9 },
      { name: 'bundle.initialJsGzipKB', value: 180, target: { max: 150 } },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^figure\s+value\s+target\s+ratio\s+status$/);
    expect(lines[2]).toMatch(/^bundle\.initialJsKB\s+25\.9$/);
    expect(lines[3]).toMatch(/^bundle\.initialJsGzipKB\s+180\s+≤ 150\s+1\.20\s+MISSED \(over\)$/);
  });
});
