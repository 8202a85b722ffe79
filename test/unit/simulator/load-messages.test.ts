import { describe, expect, it } from 'vitest';
import { parseAddressList, parseMessage } from '../../../emulator/host/page/load-messages.js';

describe('parseMessage', () => {
  it('reads the emulator mailbox shape', () => {
    const message = parseMessage({
      id: 'msg-01',
      subject: 'Q1 order forecast',
      from: { name: 'Doe, John', address: 'john.doe@fabrikam.example' },
      to: [{ name: 'Dana Whitfield', address: 'dana.whitfield@contoso.example' }],
      cc: [],
      receivedDateTime: '2026-11-24T08:12:00Z',
      body: { contentType: 'html', content: '<p>Hi</p>' },
    });
    expect(message).toMatchObject({
      id: 'msg-01',
      mode: 'read',
      from: { name: 'Doe, John', address: 'john.doe@fabrikam.example' },
      to: [{ name: 'Dana Whitfield', address: 'dana.whitfield@contoso.example' }],
      body: { contentType: 'html', content: '<p>Hi</p>' },
    });
  });

  it("reads Graph's recipient shape too", () => {
    const message = parseMessage({ id: 'x', toRecipients: [{ emailAddress: { name: 'Kim', address: 'kim@adatum.example' } }] });
    expect(message?.to).toEqual([{ name: 'Kim', address: 'kim@adatum.example' }]);
  });

  it('skips entries without an id and addresses without an address, and treats unknown types as text', () => {
    expect(parseMessage({ subject: 'no id' })).toBeUndefined();
    expect(parseMessage('not an object')).toBeUndefined();
    const message = parseMessage({ id: 'y', to: [{ name: 'Nobody' }, 42], body: { contentType: 'rtf', content: 7 } });
    expect(message?.to).toEqual([]);
    expect(message?.body).toEqual({ contentType: 'text', content: '' });
  });
});

describe('parseAddressList', () => {
  it('splits on commas and semicolons outside quotes and reads "Name <address>"', () => {
    expect(parseAddressList('Kim Lee <kim@adatum.example>; pat@contoso.example,  "O\'Brien, P" <p@x.example>')).toEqual([
      { name: 'Kim Lee', address: 'kim@adatum.example' },
      { name: '', address: 'pat@contoso.example' },
      { name: "O'Brien, P", address: 'p@x.example' },
    ]);
  });
});
