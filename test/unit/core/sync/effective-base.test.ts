import { describe, expect, it } from 'vitest';
import { effectiveBase } from '../../../../src/core/sync/effective-base.js';

describe('effectiveBase', () => {
  const base = { jobTitle: 'Old', surname: 'King' };
  const rows: [string, Record<string, unknown>[] | undefined, Record<string, unknown>, Record<string, unknown>][] = [
    ['keeps the base when nothing is unconfirmed', undefined, { jobTitle: 'Sent' }, base],
    ['counts a sent value the server holds as agreed', [{ jobTitle: 'Sent' }], { jobTitle: 'Sent', surname: 'King' }, { jobTitle: 'Sent', surname: 'King' }],
    ['keeps the base where the server holds something else', [{ jobTitle: 'Sent' }], { jobTitle: 'Other', surname: 'King' }, base],
    ['counts a sent clear the server holds as agreed', [{ jobTitle: undefined }], { surname: 'King' }, { jobTitle: undefined, surname: 'King' }],
    ['recognises any of several unconfirmed sends', [{ jobTitle: 'First' }, { jobTitle: 'Second' }], { jobTitle: 'First', surname: 'King' }, { jobTitle: 'First', surname: 'King' }],
  ];
  it.each(rows)('%s', (_name, unconfirmed, remote, expected) => {
    expect(effectiveBase(base, unconfirmed, remote)).toEqual(expected);
  });
});
