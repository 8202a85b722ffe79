import { describe, expect, it } from 'vitest';
import { participantsOf } from '../../../../src/core/match/participants.js';

describe('participantsOf', () => {
  it('lists from, to and cc with roles in header order', () => {
    const list = participantsOf(
      {
        from: { displayName: 'Ann Lee', emailAddress: 'ann@acme.test' },
        to: [{ displayName: 'Bo', emailAddress: 'bo@acme.test' }],
        cc: [{ displayName: 'Cy', emailAddress: 'cy@acme.test' }],
      },
      [],
    );
    expect(list.map((p) => [p.key, p.roles])).toEqual([
      ['ann@acme.test', ['from']],
      ['bo@acme.test', ['to']],
      ['cy@acme.test', ['cc']],
    ]);
  });

  it('merges an address repeated across fields and keeps the first real name', () => {
    const list = participantsOf(
      {
        to: [{ displayName: 'bo@acme.test', emailAddress: 'Bo@Acme.test ' }],
        cc: [{ displayName: 'Bo Berg', emailAddress: 'bo@acme.test' }, { displayName: 'Other', emailAddress: 'BO@ACME.TEST' }],
      },
      [],
    );
    expect(list).toEqual([{ address: 'Bo@Acme.test', key: 'bo@acme.test', displayName: 'Bo Berg', roles: ['to', 'cc'] }]);
  });

  it('leaves out the signed-in user in any case', () => {
    const list = participantsOf(
      { from: { displayName: 'Me', emailAddress: 'ME@home.test' }, to: [{ displayName: 'You', emailAddress: 'you@x.test' }] },
      ['me@home.test'],
    );
    expect(list.map((p) => p.key)).toEqual(['you@x.test']);
  });

  it('counts a delegate sender as from next to the principal', () => {
    const list = participantsOf(
      { from: { displayName: 'Boss', emailAddress: 'boss@x.test' }, sender: { displayName: 'Assistant', emailAddress: 'pa@x.test' } },
      [],
    );
    expect(list.map((p) => [p.key, p.roles])).toEqual([
      ['boss@x.test', ['from']],
      ['pa@x.test', ['from']],
    ]);
  });

  it('skips entries without a usable address and omits missing names', () => {
    const list = participantsOf(
      {
        from: { displayName: 'Exchange', emailAddress: '/o=ExchangeLabs/cn=Recipients/cn=abc' },
        to: [{ displayName: null, emailAddress: null }, { displayName: '  ', emailAddress: 'x@y.test' }, { emailAddress: '' }],
        cc: null,
      },
      [],
    );
    expect(list).toEqual([{ address: 'x@y.test', key: 'x@y.test', roles: ['to'] }]);
  });

  it('returns nothing for an empty message', () => {
    expect(participantsOf({}, ['me@x.test'])).toEqual([]);
  });
});
