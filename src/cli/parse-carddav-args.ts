// Reads `contact-bridge carddav`'s options: the mailbox connection (as `mirror` takes it, with --state as the
// store file), the CardDAV server, user and the environment variable holding the password, the book and folder
// to pair, the vCard mapping, the direction, the conflict policy and --allow-deletes. Without --book the
// command only lists the books. The password is read from the environment, never from the command line.
import type { ConflictPolicy, SyncDirection } from '../core/carddav/card-link.js';
import { UserError } from '../core/errors.js';
import { parseCommandLine } from './parse-command-line.js';
import { CONNECTION_OPTIONS, connectionOptionsOf } from './parse-mirror-args.js';
import type { MirrorOptions } from './parse-mirror-args.js';

export const DIRECTION_CHOICES: readonly SyncDirection[] = ['two-way', 'to-carddav', 'to-outlook'];
export const POLICY_CHOICES: readonly ConflictPolicy[] = ['newest', 'outlook', 'carddav'];
export const DEFAULT_PASSWORD_ENV = 'CARDDAV_PASSWORD';
/** The exit code of a run the safety stop held back: nothing was changed. */
export const SAFETY_STOP_EXIT_CODE = 3;

export const CARDDAV_USAGE = [
  'Usage: contact-bridge carddav --carddav <URL> --user <name> [--password-env <VAR>] [--book <name or href>]',
  '         --state <file> [--graph <base URL>] [--token <bearer> | --client-id <id>] [--folder <name>]',
  `         [--mapping vcard-3.0|vcard-4.0|<file.json>] [--direction ${DIRECTION_CHOICES.join('|')}] [--policy ${POLICY_CHOICES.join('|')}] [--allow-deletes]`,
  '  Pairs an Outlook contact folder with a CardDAV address book: syncs the mirror with Graph, syncs the folder',
  '  with the book, sends the Outlook changes, and prints a JSON summary. Without --book it lists the books.',
  '  --carddav        the CardDAV server URL (its root, a principal or a book; discovery starts at /.well-known/carddav)',
  '  --user           the CardDAV user name',
  `  --password-env   the environment variable holding the CardDAV password (default ${DEFAULT_PASSWORD_ENV})`,
  '  --book           the address book: its display name, last path segment or href (run without it to list them)',
  '  --state          the file the mirror and the pairing are kept in between runs (created when missing)',
  '  --folder         the Outlook contact folder (default: your default Contacts folder)',
  '  --mapping        vcard-3.0 (default), vcard-4.0, or a vCard mapping document (JSON, written as vCard 3.0)',
  '  --direction      two-way (default), to-carddav (Outlook is the source), to-outlook (the book is the source)',
  '  --policy         who wins a field changed differently on both sides: newest (default), outlook, carddav',
  '  --allow-deletes  apply a run the safety stop held back (more than 20% of a side deleted, or a side empty)',
  '  --graph, --token, --client-id, --authority: as for contact-bridge mirror (the token cache is <state>.msal-cache.json).',
  `  Exit code: 0 done, 1 some changes failed or stay unsent, 2 bad command line or unknown book or folder,`,
  `  ${SAFETY_STOP_EXIT_CODE} the safety stop held the run back and nothing was changed (rerun with --allow-deletes).`,
].join('\n');

export type MappingChoice = { readonly kind: 'preset'; readonly version: '3.0' | '4.0' } | { readonly kind: 'file'; readonly file: string };

export interface CardDavServerOptions {
  readonly url: string;
  readonly user: string;
  /** The password (from the environment): kept out of every message. */
  readonly password?: string;
}

export type CardDavCommandOptions =
  | { readonly kind: 'list-books'; readonly server: CardDavServerOptions }
  | {
      readonly kind: 'sync';
      readonly server: CardDavServerOptions;
      readonly connection: MirrorOptions;
      readonly book: string;
      readonly folder?: string;
      readonly mapping: MappingChoice;
      readonly direction: SyncDirection;
      readonly policy: ConflictPolicy;
      readonly allowDeletes: boolean;
    };

const CARDDAV_OPTIONS = {
  ...CONNECTION_OPTIONS,
  carddav: { type: 'string' },
  user: { type: 'string' },
  'password-env': { type: 'string' },
  book: { type: 'string' },
  state: { type: 'string' },
  folder: { type: 'string' },
  mapping: { type: 'string' },
  direction: { type: 'string' },
  policy: { type: 'string' },
  'allow-deletes': { type: 'boolean' },
} as const;

function choiceOf<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  const choice = choices.find((each) => each === value);
  if (choice === undefined) throw new UserError(`--${option} '${value.slice(0, 40)}' is not one of ${choices.join(', ')}.`, CARDDAV_USAGE);
  return choice;
}

function mappingOf(value: string | undefined): MappingChoice {
  if (value === undefined || value === 'vcard-3.0') return { kind: 'preset', version: '3.0' };
  if (value === 'vcard-4.0') return { kind: 'preset', version: '4.0' };
  if (/\.json$/i.test(value)) return { kind: 'file', file: value };
  throw new UserError(`--mapping '${value.slice(0, 40)}' is neither vcard-3.0, vcard-4.0 nor a .json mapping file.`, CARDDAV_USAGE);
}

function required(values: Readonly<Record<string, unknown>>, option: string): string {
  const value = values[option];
  if (typeof value !== 'string' || value.trim() === '') throw new UserError(`contact-bridge carddav needs --${option}.`, CARDDAV_USAGE, 'Add the missing option.');
  return value;
}

function serverOf(values: Readonly<Record<string, unknown>>, env: Readonly<Record<string, string | undefined>>): CardDavServerOptions {
  const url = required(values, 'carddav');
  // A URL can carry a password (user:password@host): such a URL is refused without being echoed.
  const shown = url.includes('@') ? 'a URL with credentials' : JSON.stringify(url.slice(0, 80));
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || !/^https?:$/.test(parsed.protocol)) throw new UserError(`--carddav must be an http(s) URL, got ${shown}.`, CARDDAV_USAGE);
  if (parsed.username !== '' || parsed.password !== '') {
    throw new UserError('--carddav must not carry the user name or password.', CARDDAV_USAGE, `Pass the user with --user and the password in ${DEFAULT_PASSWORD_ENV} (or the variable --password-env names).`);
  }
  const variable = typeof values['password-env'] === 'string' ? values['password-env'] : DEFAULT_PASSWORD_ENV;
  const password = env[variable];
  if (typeof values['password-env'] === 'string' && password === undefined) {
    throw new UserError(`The environment variable ${variable.slice(0, 60)} named by --password-env is not set.`, CARDDAV_USAGE, 'Export it before running the command.');
  }
  return { url, user: required(values, 'user'), ...(password === undefined ? {} : { password }) };
}

export function parseCardDavArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): CardDavCommandOptions {
  const { values } = parseCommandLine(argv, CARDDAV_OPTIONS, CARDDAV_USAGE);
  const server = serverOf(values, env);
  if (values.book === undefined) return { kind: 'list-books', server };
  if (values.book.trim() === '') throw new UserError('--book needs the name or href of an address book.', CARDDAV_USAGE);
  if (values.folder !== undefined && values.folder.trim() === '') throw new UserError('--folder needs the name of a contact folder.', CARDDAV_USAGE);
  if (values.store !== undefined) throw new UserError('contact-bridge carddav keeps its mirror in --state, not --store.', CARDDAV_USAGE, 'Pass --state <file>.');
  const state = required(values, 'state');
  return {
    kind: 'sync',
    server,
    connection: connectionOptionsOf({ ...values, store: state }, env, 'carddav', CARDDAV_USAGE),
    book: values.book,
    ...(values.folder === undefined ? {} : { folder: values.folder }),
    mapping: mappingOf(values.mapping),
    direction: choiceOf('direction', values.direction, DIRECTION_CHOICES, 'two-way'),
    policy: choiceOf('policy', values.policy, POLICY_CHOICES, 'newest'),
    allowDeletes: values['allow-deletes'] === true,
  };
}
