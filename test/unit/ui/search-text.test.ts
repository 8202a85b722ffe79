import { describe, expect, it } from 'vitest';
import { searchTextOf } from '../../../src/ui/views/contacts/search-text.js';

describe('searchTextOf', () => {
  it.each([
    ['  Ada ', 'Ada'],
    ['ada@example.com', 'ada@example.com'],
    ['+44 20 7946', '44207946'],
    ['(206) 555-0142', '2065550142'],
    ['４４２０', '4420'],
    ['2065550142', '2065550142'],
    ['R2-D2', 'R2-D2'],
    ['+', '+'],
    ['', ''],
  ])('asks for %j as %j', (typed, expected) => {
    expect(searchTextOf(typed)).toBe(expected);
  });
});
