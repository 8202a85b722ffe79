import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../../src/core/contact/contact.js';
import { equalValues } from '../../../../src/core/contact/equal-fields.js';
import { mergeContact } from '../../../../src/core/sync/merge-contact.js';

const OLD = 1_000;
const NEW = 2_000;
const base: ContactFields = { givenName: 'Ada', surname: 'Lovelace', jobTitle: 'Analyst', categories: ['Friends'] };

describe('mergeContact', () => {
  const rows: [string, Partial<ContactFields>, Partial<ContactFields>, 'local' | 'remote', Partial<ContactFields>, number][] = [
    // scenario, local changes, remote changes, newer side, expected changes in result, conflicts
    ['keeps a field changed only locally', { jobTitle: 'Poet' }, {}, 'remote', { jobTitle: 'Poet' }, 0],
    ['keeps a field changed only on the server', {}, { jobTitle: 'Poet' }, 'local', { jobTitle: 'Poet' }, 0],
    ['takes both sides when they changed different fields', { jobTitle: 'Poet' }, { surname: 'King' }, 'local', { jobTitle: 'Poet', surname: 'King' }, 0],
    ['records no conflict for equal changes', { jobTitle: 'Poet' }, { jobTitle: 'Poet' }, 'local', { jobTitle: 'Poet' }, 0],
    ['takes the newer local change and records the loser', { jobTitle: 'Poet' }, { jobTitle: 'Countess' }, 'local', { jobTitle: 'Poet' }, 1],
    ['takes the newer server change and records the loser', { jobTitle: 'Poet' }, { jobTitle: 'Countess' }, 'remote', { jobTitle: 'Countess' }, 1],
    ['compares lists as values', { categories: ['Friends'] }, { categories: ['Work'] }, 'local', { categories: ['Work'] }, 0],
    ['treats a field cleared on one side as a change', { jobTitle: undefined }, {}, 'remote', { jobTitle: undefined }, 0],
    ['records a conflict between a clear and an edit', { jobTitle: undefined }, { jobTitle: 'Countess' }, 'local', { jobTitle: undefined }, 1],
  ];
  it.each(rows)('%s', (_name, localChanges, remoteChanges, newer, expected, conflicts) => {
    const local = { ...base, ...localChanges };
    const remote = { ...base, ...remoteChanges };
    const times = newer === 'local' ? { localChangedAt: NEW, remoteChangedAt: OLD } : { localChangedAt: OLD, remoteChangedAt: NEW };
    const result = mergeContact(base, local, remote, times);
    expect(equalValues(result.fields, { ...base, ...expected })).toBe(true);
    expect(result.conflicts).toHaveLength(conflicts);
  });

  it('names the kept and the lost value of a conflict', () => {
    const result = mergeContact(base, { ...base, jobTitle: 'Poet' }, { ...base, jobTitle: 'Countess' }, { localChangedAt: NEW, remoteChangedAt: OLD });
    expect(result.conflicts).toEqual([{ field: 'jobTitle', keptSide: 'local', kept: 'Poet', lost: 'Countess' }]);
  });

  it('lets the server win a tie in time', () => {
    const result = mergeContact(base, { ...base, jobTitle: 'Poet' }, { ...base, jobTitle: 'Countess' }, { localChangedAt: NEW, remoteChangedAt: NEW });
    expect(result.fields.jobTitle).toBe('Countess');
  });
});

const text = fc.option(fc.constantFrom('a', 'b', 'c', ''), { nil: undefined });
const fieldsArb: fc.Arbitrary<ContactFields> = fc.record(
  {
    givenName: text,
    surname: text,
    jobTitle: text,
    categories: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
    emailAddresses: fc.array(fc.record({ address: fc.constantFrom('a@x', 'b@x') }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const timesArb = fc.record({ localChangedAt: fc.integer({ min: 0, max: 3 }), remoteChangedAt: fc.integer({ min: 0, max: 3 }) });

describe('mergeContact laws', () => {
  it('answers the server version when nothing changed locally', () => {
    fc.assert(
      fc.property(fieldsArb, fieldsArb, timesArb, (b, remote, times) => {
        const result = mergeContact(b, b, remote, times);
        return equalValues(result.fields, remote) && result.conflicts.length === 0;
      }),
    );
  });

  it('is idempotent: merging the result again changes nothing', () => {
    fc.assert(
      fc.property(fieldsArb, fieldsArb, fieldsArb, timesArb, (b, local, remote, times) => {
        const once = mergeContact(b, local, remote, times);
        return equalValues(mergeContact(b, once.fields, remote, times).fields, once.fields);
      }),
    );
  });

  it('loses no field: each value comes from a side and every lost change is a conflict', () => {
    fc.assert(
      fc.property(fieldsArb, fieldsArb, fieldsArb, timesArb, (b, local, remote, times) => {
        const result = mergeContact(b, local, remote, times);
        const fields = Object.keys({ ...b, ...local, ...remote }) as (keyof ContactFields)[];
        return fields.every((field) => {
          const value = result.fields[field];
          const fromSide = [b[field], local[field], remote[field]].some((side) => equalValues(side, value));
          const lostLocal = !equalValues(local[field], b[field]) && !equalValues(local[field], value);
          const lostRemote = !equalValues(remote[field], b[field]) && !equalValues(remote[field], value);
          const logged = result.conflicts.some((conflict) => conflict.field === field && equalValues(conflict.kept, value));
          return fromSide && (!(lostLocal || lostRemote) || logged);
        });
      }),
    );
  });
});
