// The headless command's options: defaults, token or device code sign-in, and errors that say what to pass.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { DEFAULT_AUTHORITY, DEFAULT_GRAPH_URL, MIRROR_USAGE, parseMirrorArgs } from '../../../src/cli/parse-mirror-args.js';

describe('parseMirrorArgs', () => {
  it('uses the bearer token when --token is given', () => {
    expect(parseMirrorArgs(['--graph', 'http://127.0.0.1:4000/v1.0/', '--token', 't', '--store', 's.json'])).toEqual({
      graph: 'http://127.0.0.1:4000/v1.0',
      store: 's.json',
      auth: { kind: 'token', token: 't' },
    });
  });

  it('defaults to Microsoft Graph and the common authority for device code sign-in', () => {
    expect(parseMirrorArgs(['--store', 's.json', '--client-id', 'app-1'])).toEqual({
      graph: DEFAULT_GRAPH_URL,
      store: 's.json',
      auth: { kind: 'device-code', clientId: 'app-1', authority: DEFAULT_AUTHORITY },
    });
  });

  it('reads the client id from CLIENT_ID and prefers the option over it', () => {
    expect(parseMirrorArgs(['--store', 's.json'], { CLIENT_ID: 'from-env' }).auth).toEqual({ kind: 'device-code', clientId: 'from-env', authority: DEFAULT_AUTHORITY });
    expect(parseMirrorArgs(['--store', 's.json', '--client-id', 'opt'], { CLIENT_ID: 'from-env' }).auth).toMatchObject({ clientId: 'opt' });
  });

  it('takes a tenant authority', () => {
    const options = parseMirrorArgs(['--store', 's.json', '--client-id', 'a', '--authority', 'https://login.microsoftonline.com/contoso.onmicrosoft.com']);
    expect(options.auth).toMatchObject({ authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' });
  });

  it('names --client-id, CLIENT_ID and the app registration section when no client id is given', () => {
    let caught: unknown;
    try {
      parseMirrorArgs(['--store', 's.json'], {});
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    const error = caught as UserError;
    expect(error.message).toContain('--client-id');
    expect(error.message).toContain('CLIENT_ID');
    expect(error.fix).toContain('Register the app in Microsoft Entra');
    expect(error.fix).toContain('Allow public client flows');
  });

  it('rejects a missing store, a non-URL Graph base and a non-https authority', () => {
    expect(() => parseMirrorArgs(['--token', 't'])).toThrow(/--store/);
    expect(() => parseMirrorArgs(['--store', 's', '--token', 't', '--graph', 'graph.local'])).toThrow(/--graph/);
    expect(() => parseMirrorArgs(['--store', 's', '--client-id', 'a', '--authority', 'http://x'])).toThrow(/--authority/);
  });

  it('rejects unknown options', () => {
    expect(() => parseMirrorArgs(['--store', 's', '--password', 'p'])).toThrow();
  });

  it('explains device code sign-in and public client flows in the usage text', () => {
    expect(MIRROR_USAGE).toContain('--client-id');
    expect(MIRROR_USAGE).toContain('Allow public client flows');
    expect(MIRROR_USAGE).toContain('.msal-cache.json');
  });
});
