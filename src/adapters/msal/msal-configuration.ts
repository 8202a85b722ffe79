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

export function msalConfiguration(settings: MsalSettings): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority.authority,
      knownAuthorities: [...settings.authority.knownAuthorities],
      redirectUri: settings.redirectUri,
      postLogoutRedirectUri: settings.redirectUri,
    },
    // localStorage (encrypted by MSAL with a session key) lets the dialog page and the pane share one cache.
    cache: { cacheLocation: 'localStorage' },
    // No logger callback: MSAL's own log lines stay in the library, and PII logging stays off.
    system: { loggerOptions: { piiLoggingEnabled: false } },
  };
}

/** The dialog page's address: beside the page that asks (the pane, or the dialog page itself). */
export function dialogPageUrl(pageUrl: string): string {
  return new URL('dialog.html', pageUrl).href;
}
