// Which sign-in path the add-in takes, decided once at start-up from the host and its capabilities.
// Source: learn.microsoft.com/office/dev/add-ins/develop/enable-nested-app-authentication-in-your-add-in.

/** `nested`: nested app authentication (Office brokers MSAL); `dialog`: MSAL's redirect flow in an Office dialog;
 *  `demo`: the emulator's authority in the Outlook host simulator. */
export type SignInMode = 'nested' | 'dialog' | 'demo';

/** How an interactive sign-in is shown: a popup brokered by Office (NAA), or a page in the host's dialog. */
export type InteractionKind = 'popup' | 'dialog';

export const NESTED_APP_AUTH_REQUIREMENT = { name: 'NestedAppAuth', version: '1.1' } as const;

export interface SignInEnvironment {
  readonly host: 'office' | 'simulator';
  /** `isSetSupported('NestedAppAuth', '1.1')` as the host answers it. */
  readonly nestedAppAuthSupported: boolean;
}

/** NAA wherever the host offers it (Outlook, or the simulator with its broker); otherwise the dialog or the demo. */
export function chooseSignInMode(environment: SignInEnvironment): SignInMode {
  if (environment.nestedAppAuthSupported) return 'nested';
  return environment.host === 'simulator' ? 'demo' : 'dialog';
}

/** The demo uses the simulator's dialog (Office's dialog API, imitated), so it runs the fallback's pages for real. */
export function interactionFor(mode: SignInMode): InteractionKind {
  return mode === 'nested' ? 'popup' : 'dialog';
}

export interface ResolvedAuthority {
  /** Absolute HTTPS authority URL, e.g. `https://login.microsoftonline.com/common`. */
  readonly authority: string;
  /** Hosts MSAL must trust without Entra instance discovery (the emulator's). Empty for Entra. */
  readonly knownAuthorities: readonly string[];
}

const ENTRA_HOSTS: ReadonlySet<string> = new Set(['login.microsoftonline.com', 'login.microsoft.com', 'login.windows.net', 'sts.windows.net']);

const ENTRA_AUTHORITY_HOST = 'https://login.microsoftonline.com';

/**
 * Makes the configured authority absolute: a URL stays as it is, a path (the simulator's `/oidc`) is taken on
 * the pane's own origin, and a bare tenant (`common`, `organizations`, a tenant id or domain) means Entra's.
 * A non-Entra host is listed in `knownAuthorities`, which MSAL requires for a custom authority.
 */
export function resolveAuthority(configured: string, pageOrigin: string): ResolvedAuthority {
  const text = configured.trim();
  const absolute = /^https?:\/\//i.test(text) || text.startsWith('/') ? text : `${ENTRA_AUTHORITY_HOST}/${text || 'common'}`;
  const url = new URL(absolute, `${pageOrigin}/`);
  const authority = url.href.replace(/\/+$/, '');
  return { authority, knownAuthorities: ENTRA_HOSTS.has(url.hostname.toLowerCase()) ? [] : [url.host] };
}
