import { describe, expect, it } from 'vitest';
import { countLabel } from '../../../src/ui/views/contacts/count-label.js';

describe('countLabel', () => {
  it.each([
    [{ shown: 1, more: false, total: 1, searching: false }, '1 contact'],
    [{ shown: 37, more: false, total: 37, searching: false }, '37 contacts'],
    [{ shown: 0, more: false, total: 0, searching: true }, '0 matches'],
    [{ shown: 1, more: false, total: 1, searching: true }, '1 match'],
    [{ shown: 200, more: true, total: undefined, searching: false }, 'Showing the first 200 contacts'],
    [{ shown: 200, more: true, total: 50000, searching: false }, 'Showing 200 of 50,000 contacts'],
    [{ shown: 400, more: true, total: 1234, searching: true }, 'Showing 400 of 1,234 matches'],
  ])('says %o as “%s”', (input, expected) => {
    expect(countLabel(input)).toBe(expected);
  });
});
