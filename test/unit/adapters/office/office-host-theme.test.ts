import { describe, expect, it } from 'vitest';
import { themeKindOf } from '../../../../src/adapters/office/office-host-theme.js';

describe('themeKindOf', () => {
  it.each([
    ['#FFFFFF', 'light'],
    ['#f3f2f1', 'light'],
    ['#292929', 'dark'],
    ['#000000', 'dark'],
    ['1F1F1F', 'dark'],
    ['#0f6cbd', 'dark'],
    ['#ffb900', 'light'],
  ] as const)('reads %s as %s', (bodyBackgroundColor, expected) => {
    expect(themeKindOf({ bodyBackgroundColor })).toBe(expected);
  });

  it('falls back to light when the host gives no usable colour', () => {
    expect(themeKindOf(undefined)).toBe('light');
    expect(themeKindOf({ bodyBackgroundColor: 'rgb(0,0,0)' })).toBe('light');
  });
});
