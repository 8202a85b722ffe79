// Builds msal-node's public client for the headless command, with its token cache kept in one file
// (owner-only, mode 0600) so the next run signs in silently.
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { PublicClientApplication } from '@azure/msal-node';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { DeviceCodeClient } from './device-code-token-provider.js';

export interface DeviceCodeClientSettings {
  readonly clientId: string;
  readonly authority: string;
  /** The token cache file, e.g. `<store>.msal-cache.json`. */
  readonly cachePath: string;
}

/** msal-node's cache plugin over a file: read before each access, written (mode 0600) after a change. */
export function fileCachePlugin(cachePath: string): ICachePlugin {
  return {
    async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
      try {
        context.tokenCache.deserialize(await readFile(cachePath, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    },
    async afterCacheAccess(context: TokenCacheContext): Promise<void> {
      if (!context.cacheHasChanged) return;
      await writeFile(cachePath, context.tokenCache.serialize(), { mode: 0o600 });
      await chmod(cachePath, 0o600);
    },
  };
}

export function createDeviceCodeClient(settings: DeviceCodeClientSettings): DeviceCodeClient {
  const app = new PublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority },
    cache: { cachePlugin: fileCachePlugin(settings.cachePath) },
    // No logger callback: MSAL's log lines stay in the library, and PII logging stays off.
    system: { loggerOptions: { piiLoggingEnabled: false } },
  });
  return app;
}
