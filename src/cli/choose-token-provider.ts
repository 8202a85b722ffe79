// Picks how the headless command gets Graph tokens: the `--token` bearer as given, or a device code sign-in
// through msal-node with its cache beside the store file.
import { createDeviceCodeClient } from '../adapters/msal/create-device-code-client.js';
import type { DeviceCodeClientSettings } from '../adapters/msal/create-device-code-client.js';
import { DeviceCodeTokenProvider } from '../adapters/msal/device-code-token-provider.js';
import type { DeviceCodeClient } from '../adapters/msal/device-code-token-provider.js';
import type { TokenProvider } from '../ports/token-provider.js';
import type { MirrorOptions } from './parse-mirror-args.js';

/** Answers the same bearer token every time (`--token`). */
export class StaticTokenProvider implements TokenProvider {
  constructor(private readonly token: string) {}
  async getAccessToken(): Promise<string> {
    return this.token;
  }
}

export interface TokenProviderDependencies {
  readonly createClient?: (settings: DeviceCodeClientSettings) => DeviceCodeClient;
  /** Where the device code instructions go (stderr by default, keeping stdout for the JSON summary). */
  readonly showMessage?: (message: string) => void;
}

/** The token cache file beside the store: `<store>.msal-cache.json`. */
export function msalCachePath(store: string): string {
  return `${store}.msal-cache.json`;
}

export function chooseTokenProvider(options: MirrorOptions, dependencies: TokenProviderDependencies = {}): TokenProvider {
  if (options.auth.kind === 'token') return new StaticTokenProvider(options.auth.token);
  const createClient = dependencies.createClient ?? createDeviceCodeClient;
  const client = createClient({ clientId: options.auth.clientId, authority: options.auth.authority, cachePath: msalCachePath(options.store) });
  return new DeviceCodeTokenProvider({ client, showMessage: dependencies.showMessage ?? ((message) => console.error(message)) });
}
