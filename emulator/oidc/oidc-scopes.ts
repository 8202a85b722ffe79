// Scope handling as Entra does it for Graph: OpenID scopes steer the token response, resource scopes go
// into the access token, and `https://graph.microsoft.com/X` means the same as `X`.
import { GRAPH_AUDIENCE } from './access-token.js';

export const OPENID_SCOPES: ReadonlySet<string> = new Set(['openid', 'profile', 'email', 'offline_access']);

/** Graph's delegated permissions the emulator knows, with the text the consent page shows. */
export const GRAPH_PERMISSIONS: Readonly<Record<string, string>> = {
  'User.Read': 'Sign you in and read your profile',
  'Contacts.Read': 'Read your contacts',
  'Contacts.ReadWrite': 'Read and write your contacts',
  'Contacts.Read.Shared': 'Read contacts you can access, including shared ones',
  'Contacts.ReadWrite.Shared': 'Read and write contacts you can access, including shared ones',
  'MailboxSettings.Read': 'Read your mailbox settings (categories)',
  'MailboxSettings.ReadWrite': 'Read and write your mailbox settings (categories)',
  'People.Read': 'Read the people relevant to you',
};

export interface ParsedScopes {
  readonly openid: readonly string[];
  readonly graph: readonly string[];
  readonly unknown: readonly string[];
}

/** Splits a space-separated `scope` parameter; `.default` asks for everything already consented. */
export function parseScopes(scope: string | null): ParsedScopes {
  const openid: string[] = [];
  const graph: string[] = [];
  const unknown: string[] = [];
  for (const raw of (scope ?? '').split(' ').filter(Boolean)) {
    const name = raw.startsWith(`${GRAPH_AUDIENCE}/`) ? raw.slice(GRAPH_AUDIENCE.length + 1) : raw;
    if (OPENID_SCOPES.has(name)) openid.push(name);
    else if (name === '.default') continue;
    else {
      const known = Object.keys(GRAPH_PERMISSIONS).find((permission) => permission.toLowerCase() === name.toLowerCase());
      if (known) graph.push(known);
      else unknown.push(name);
    }
  }
  return { openid: [...new Set(openid)], graph: [...new Set(graph)], unknown };
}
