import { describe, expect, it } from 'vitest';
import { authResponseKind } from '../../../src/adapters/msal/auth-response.js';
import { parseDialogMessage, serializeDialogMessage } from '../../../src/adapters/msal/dialog-message.js';

const libraryState = (interactionType: string) => Buffer.from(JSON.stringify({ id: 'abc', meta: { interactionType } })).toString('base64url');

describe('authResponseKind', () => {
  it('finds no response on a plain dialog address', () => {
    expect(authResponseKind({ hash: '', search: '?scopes=User.Read' })).toBe('none');
  });

  it('handles a redirect response on the page', () => {
    expect(authResponseKind({ hash: `#code=c1&state=${libraryState('redirect')}`, search: '' })).toBe('redirect');
  });

  it.each(['popup', 'silent'])('relays a %s response to the window that asked', (type) => {
    expect(authResponseKind({ hash: '', search: `?code=c1&state=${libraryState(type)}|app` })).toBe('relay');
  });

  it('relays an error response with an unreadable state and lets MSAL reject it', () => {
    expect(authResponseKind({ hash: '#error=access_denied&state=%%%', search: '' })).toBe('relay');
  });
});

describe('dialog messages', () => {
  it('round-trips a signed-in message carrying only the account id', () => {
    const text = serializeDialogMessage({ status: 'signed-in', homeAccountId: 'u.t' });
    expect(parseDialogMessage(text)).toEqual({ status: 'signed-in', homeAccountId: 'u.t' });
  });

  it.each(['not json', '{"status":"signed-in"}', '{"accessToken":"x"}', 'null'])('turns %s into a failure', (text) => {
    expect(parseDialogMessage(text)).toMatchObject({ status: 'failed', errorCode: 'invalid_dialog_message' });
  });

  it('keeps a failure’s codes', () => {
    expect(parseDialogMessage('{"status":"failed","errorCode":"user_cancelled"}')).toMatchObject({ status: 'failed', errorCode: 'user_cancelled' });
  });
});
