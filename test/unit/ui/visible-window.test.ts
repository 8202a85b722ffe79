import { describe, expect, it } from 'vitest';
import { visibleWindow } from '../../../src/ui/views/contacts/visible-window.js';

const base = { viewportHeight: 300, rowHeight: 60, count: 50_000, openExtra: 0, overscan: 2 };

describe('visibleWindow', () => {
  it.each([
    ['at the top', { scrollTop: 0 }, { first: 0, last: 8, top: 0, bottom: (50_000 - 8) * 60 }],
    ['scrolled into the middle', { scrollTop: 60_000 }, { first: 998, last: 1008, top: 998 * 60, bottom: (50_000 - 1008) * 60 }],
    ['at the end', { scrollTop: 50_000 * 60 - 300 }, { first: 49_993, last: 50_000, top: 49_993 * 60, bottom: 0 }],
    ['below an open row', { scrollTop: 60_000 + 400, openIndex: 10, openExtra: 400 }, { first: 998, last: 1008, top: 998 * 60 + 400, bottom: (50_000 - 1008) * 60 }],
    ['inside an open row’s card', { scrollTop: 11 * 60 + 100, openIndex: 10, openExtra: 400 }, { first: 8, last: 14, top: 8 * 60, bottom: (50_000 - 14) * 60 }],
    ['with few rows', { scrollTop: 0, count: 3 }, { first: 0, last: 3, top: 0, bottom: 0 }],
  ])('renders the rows in view and the overscan %s', (_, input, expected) => {
    expect(visibleWindow({ ...base, ...input })).toEqual(expected);
  });

  it('keeps the list’s full height whatever is rendered', () => {
    for (const scrollTop of [0, 1234, 99_999, 2_999_700]) {
      const window = visibleWindow({ ...base, scrollTop, openIndex: 20, openExtra: 250 });
      const rendered = (window.last - window.first) * 60 + (window.first <= 20 && 20 < window.last ? 250 : 0);
      expect(window.top + rendered + window.bottom).toBe(50_000 * 60 + 250);
    }
  });
});
