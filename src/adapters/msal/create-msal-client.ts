// Creates MSAL's client for a sign-in mode: the nestable client under NAA, the standard client for the dialog
// fallback and the demo. MSAL quietly gives a standard client when the host's bridge declines; we tell the caller.
import { createNestablePublicClientApplication, createStandardPublicClientApplication, PublicClientApplication } from '@azure/msal-browser';
import type { SignInMode } from '../../core/auth/sign-in-mode.js';
import { msalConfiguration } from './msal-configuration.js';
import type { MsalSettings } from './msal-configuration.js';
import type { MsalClient } from './msal-token-provider.js';

export function createMsalClient(mode: SignInMode, settings: MsalSettings): Promise<MsalClient> {
  if (mode === 'nested') return createNestablePublicClientApplication(msalConfiguration(settings, 'sessionStorage'));
  return createStandardPublicClientApplication(msalConfiguration(settings, 'localStorage'));
}

/**
 * The nestable client when the host's bridge answers MSAL's GetInitContext, else `undefined`: the host said
 * it supports NAA but its broker is missing or unavailable (MSAL would fall back to popups, which Office blocks).
 */
export async function createNestedMsalClient(settings: MsalSettings): Promise<MsalClient | undefined> {
  let nested = false;
  const client = await createNestablePublicClientApplication(msalConfiguration(settings, 'sessionStorage'), undefined, (configuration, controller) => {
    // MSAL calls the factory only with its nested app controller, once the bridge is available.
    nested = true;
    return new PublicClientApplication(configuration, controller);
  });
  return nested ? client : undefined;
}
