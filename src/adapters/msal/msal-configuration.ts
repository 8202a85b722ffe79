// MSAL's configuration for every sign-in mode: the same client id, cache and redirect page; only the authority
// differs (Entra, or the emulator's on the simulator's origin, which MSAL must be told to trust).
import type { Configuration } from '@azure/msal-browser';
import type { ResolvedAuthority } from '../../core/auth/sign-in-mode.js';

export interface MsalSettings {
  readonly clientId: string;
  readonly authority: ResolvedAuthority;
  /** The add-in's `dialog.html`: the redirect URI registered for the fallback (and MSAL's popup/iframe bridge). */
  readonly redirectUri: string;
}

/**
 * Where MSAL keeps its token cache. Under NAA the host holds the user's session and answers silent requests
 * again at any time, so the pane's cache lives only as long as the pane (`sessionStorage`). The dialog
 * fallback and the demo sign in on a separate page (Office's dialog is its own window, with its own
 * `sessionStorage`), so they share the cache with the pane through `localStorage`, which MSAL encrypts with
 * a key kept in a session cookie.
 */
export type MsalCacheLocation = 'sessionStorage' | 'localStorage';

export function msalConfiguration(settings: MsalSettings, cacheLocation: MsalCacheLocation = 'localStorage'): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority.authority,
      knownAuthorities: [...settings.authority.knownAuthorities],
      redirectUri: settings.redirectUri,
      postLogoutRedirectUri: settings.redirectUri,
    },
    cache: { cacheLocation },
    // No logger callback: MSAL's own log lines stay in the library, and PII logging stays off.
    system: { loggerOptions: { piiLoggingEnabled: false } },
  };
}

/** The dialog page's address: beside the page that asks (the pane, or the dialog page itself). */
export function dialogPageUrl(pageUrl: string): string {
  return new URL('dialog.html', pageUrl).href;
}
