// Creates MSAL's client for a sign-in mode: the nestable client under NAA (MSAL falls back to the standard one
// when Office offers no bridge), the standard client for the dialog fallback and the demo.
import { createNestablePublicClientApplication, createStandardPublicClientApplication } from '@azure/msal-browser';
import type { SignInMode } from '../../core/auth/sign-in-mode.js';
import { msalConfiguration } from './msal-configuration.js';
import type { MsalSettings } from './msal-configuration.js';
import type { MsalClient } from './msal-token-provider.js';

export function createMsalClient(mode: SignInMode, settings: MsalSettings): Promise<MsalClient> {
  const configuration = msalConfiguration(settings);
  return mode === 'nested' ? createNestablePublicClientApplication(configuration) : createStandardPublicClientApplication(configuration);
}
