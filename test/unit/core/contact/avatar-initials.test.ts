import { describe, expect, it } from 'vitest';
import { avatarColorIndex, initialsOf } from '../../../../src/core/contact/avatar-initials.js';

describe('initialsOf', () => {
  it.each([
    ['Ada Lovelace', 'AL'],
    ['María José García-López', 'ML'],
    ['grace', 'G'],
    ['ada@example.com', 'AC'],
    ['  ', '?'],
    ['Øyvind Ødegård', 'ØØ'],
  ])('gives %j the initials %j', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('avatarColorIndex', () => {
  it('gives a key the same index every time, within the palette', () => {
    const keys = ['g:AAMkA1', 'g:AAMkA2', 'c:123', ''];
    for (const key of keys) {
      expect(avatarColorIndex(key, 10)).toBe(avatarColorIndex(key, 10));
      expect(avatarColorIndex(key, 10)).toBeGreaterThanOrEqual(0);
      expect(avatarColorIndex(key, 10)).toBeLessThan(10);
    }
  });

  it('spreads different keys over the palette', () => {
    const used = new Set(Array.from({ length: 100 }, (_, i) => avatarColorIndex(`g:contact-${i}`, 10)));
    expect(used.size).toBeGreaterThanOrEqual(8);
  });
});
