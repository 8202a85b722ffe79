import { describe, expect, it } from 'vitest';
import { sortKeyOf } from '../../../../src/core/contact/search-fields.js';

const byKey = (...names: string[]) => [...names].sort((a, b) => (sortKeyOf({ displayName: a }) < sortKeyOf({ displayName: b }) ? -1 : 1));

describe('sortKeyOf', () => {
  it('lists accented names among their base letters, not after z', () => {
    expect(byKey('Zoë Adams', 'Émile Zola', 'Frank Ocean', 'Ada Lovelace', 'Ärzte Verband')).toEqual(['Ada Lovelace', 'Ärzte Verband', 'Émile Zola', 'Frank Ocean', 'Zoë Adams']);
  });

  it('folds case and full-width forms', () => {
    expect(sortKeyOf({ displayName: 'ＡＢＣ Ltd' })).toBe(sortKeyOf({ displayName: 'abc ltd' }));
  });

  it('uses given name and surname when there is no display name, and keeps other scripts as written', () => {
    expect(sortKeyOf({ givenName: 'María', surname: 'García' })).toBe('maria garcia');
    expect(sortKeyOf({ displayName: '李雷' })).toBe('李雷');
  });
});
