// Reads `contact-bridge mirror`'s options: Graph base URL (Microsoft Graph by default), store file, and either a
// bearer token or the app registration's client id (option or `CLIENT_ID`) for device code sign-in. The import
// and export commands take the same connection options (connectionOptionsOf).
import { UserError } from '../core/errors.js';
import { parseCommandLine } from './parse-command-line.js';

export const DEFAULT_GRAPH_URL = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/common';

/** The connection options' lines of a usage text: Graph URL, token or device code sign-in, token cache. */
export const CONNECTION_USAGE_LINES: readonly string[] = [
  `  --store       the store file the mirror is kept in (written by contact-bridge; created when missing)`,
  `  --graph       Graph base URL (default ${DEFAULT_GRAPH_URL})`,
  '  --token       a bearer token for Graph; without it the command signs in with the device code flow',
  '  --client-id   the app registration\'s application (client) id (or env CLIENT_ID); the registration needs',
  '                "Allow public client flows" = Yes (README: Register the app in Microsoft Entra)',
  `  --authority   sign-in authority (default ${DEFAULT_AUTHORITY})`,
  '  Tokens are cached in <store>.msal-cache.json (mode 0600), so the next run is silent.',
];

export const MIRROR_USAGE = ['Usage: contact-bridge mirror --store <file> [--graph <base URL>] [--token <bearer> | --client-id <id> [--authority <URL>]]', ...CONNECTION_USAGE_LINES].join('\n');

export type MirrorAuth =
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'device-code'; readonly clientId: string; readonly authority: string };

export interface MirrorOptions {
  readonly graph: string;
  readonly store: string;
  readonly auth: MirrorAuth;
}

/** The options every command that talks to Graph takes. */
export const CONNECTION_OPTIONS = {
  graph: { type: 'string' },
  token: { type: 'string' },
  store: { type: 'string' },
  'client-id': { type: 'string' },
  authority: { type: 'string' },
} as const;

export type ConnectionValues = Partial<Record<keyof typeof CONNECTION_OPTIONS, string>>;

const HTTP_URL = /^https?:\/\//;

/** The connection of `contact-bridge <command>` from its parsed options; `usage` goes into each error. */
export function connectionOptionsOf(values: ConnectionValues, env: Readonly<Record<string, string | undefined>>, command: string, usage: string): MirrorOptions {
  if (values.store === undefined) throw new UserError(`contact-bridge ${command} needs --store.`, usage, 'Add the missing option.');
  const graph = values.graph ?? DEFAULT_GRAPH_URL;
  if (!HTTP_URL.test(graph)) throw new UserError(`--graph must be an http(s) URL, got ${JSON.stringify(graph.slice(0, 80))}.`, usage, `Pass the Graph base URL, e.g. ${DEFAULT_GRAPH_URL}.`);
  const common = { graph: graph.replace(/\/+$/, ''), store: values.store };
  if (values.token !== undefined) return { ...common, auth: { kind: 'token', token: values.token } };
  const clientId = (values['client-id'] ?? env['CLIENT_ID'] ?? '').trim();
  if (clientId === '') {
    throw new UserError(
      `contact-bridge ${command} needs --client-id (or the environment variable CLIENT_ID) to sign in, or --token.`,
      usage,
      'Pass the application (client) id of your app registration, with "Allow public client flows" set to Yes; see "Register the app in Microsoft Entra" in README.md.',
    );
  }
  const authority = values.authority ?? DEFAULT_AUTHORITY;
  if (!/^https:\/\//.test(authority)) throw new UserError(`--authority must be an https URL, got ${JSON.stringify(authority.slice(0, 80))}.`, usage, `Pass e.g. ${DEFAULT_AUTHORITY}.`);
  return { ...common, auth: { kind: 'device-code', clientId, authority } };
}

export function parseMirrorArgs(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): MirrorOptions {
  const { values } = parseCommandLine(args, CONNECTION_OPTIONS, MIRROR_USAGE);
  return connectionOptionsOf(values, env, 'mirror', MIRROR_USAGE);
}
