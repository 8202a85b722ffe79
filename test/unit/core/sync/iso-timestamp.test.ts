import { describe, expect, it } from 'vitest';
import { parseIsoTimestamp } from '../../../../src/core/sync/iso-timestamp.js';
import { timeOf } from '../../../../src/core/sync/plan-pull-page.js';

describe('parseIsoTimestamp', () => {
  it('reads the timestamps Graph writes, fractions truncated to milliseconds', () => {
    expect(parseIsoTimestamp('2024-01-15T10:20:30Z')).toBe(1_705_314_030_000);
    expect(parseIsoTimestamp('2024-01-15T10:20:30.1234567Z')).toBe(1_705_314_030_123);
    expect(parseIsoTimestamp('1969-12-31T23:59:59.9Z')).toBe(-100);
  });

  it('applies an offset and reads a bare date as midnight UTC', () => {
    expect(parseIsoTimestamp('2024-06-01T12:00:00+05:30')).toBe(parseIsoTimestamp('2024-06-01T06:30:00Z'));
    expect(parseIsoTimestamp('2024-06-01T12:00:00-11:45')).toBe(parseIsoTimestamp('2024-06-01T23:45:00Z'));
    expect(parseIsoTimestamp('2024-01-15')).toBe(1_705_276_800_000);
  });

  it('knows leap days and lets a day up to 31 roll into the next month', () => {
    expect(parseIsoTimestamp('2024-02-29T00:00:00Z')).toBe(1_709_164_800_000);
    expect(parseIsoTimestamp('2024-04-31T00:00:00Z')).toBe(parseIsoTimestamp('2024-05-01T00:00:00Z'));
    expect(parseIsoTimestamp('2024-01-15T24:00:00Z')).toBe(parseIsoTimestamp('2024-01-16T00:00:00Z'));
  });

  it('answers NaN for anything else', () => {
    for (const bad of ['', 'bad', '2024-13-01T00:00:00Z', '2024-01-32', '2024-01-15T24:00:01Z', '2024-01-15T10:60:00Z', '2024-06-01T12:00:00+24:00', 'Mon, 15 Jan 2024 10:20:30 GMT']) {
      expect(parseIsoTimestamp(bad)).toBeNaN();
    }
  });

  it('gives timeOf 0 for an unreadable timestamp', () => {
    expect(timeOf('not a time')).toBe(0);
    expect(timeOf('2024-01-15T10:20:30Z')).toBe(1_705_314_030_000);
  });
});
