// Graph tokens for the headless command: silently from the cached account when possible, otherwise through
// the device code flow (the user signs in on another device); the prompt goes to a callback, never the token.
import { classifyAuthFailure } from '../../core/auth/classify-auth-failure.js';
import { AuthError } from '../../core/errors.js';
import type { TokenProvider, TokenRequest } from '../../ports/token-provider.js';
import { SharedTokenRefresh } from './shared-token-refresh.js';

/** The scopes the headless command signs in with. */
export const DEVICE_CODE_SCOPES: readonly string[] = ['User.Read', 'Contacts.ReadWrite'];

export interface DeviceCodeAccount {
  readonly homeAccountId: string;
}

export interface DeviceCodeResult {
  readonly accessToken: string;
}

/** The part of msal-node's PublicClientApplication this provider uses (tests pass a fake). */
export interface DeviceCodeClient {
  getAllAccounts(): Promise<DeviceCodeAccount[]>;
  acquireTokenSilent(request: { account: DeviceCodeAccount; scopes: string[]; forceRefresh?: boolean }): Promise<DeviceCodeResult>;
  acquireTokenByDeviceCode(request: { scopes: string[]; deviceCodeCallback: (response: { message: string }) => void }): Promise<DeviceCodeResult | null>;
}

export interface DeviceCodeTokenProviderOptions {
  readonly client: DeviceCodeClient;
  /** Shows the device code instructions ("To sign in, open … and enter the code …"). */
  readonly showMessage: (message: string) => void;
}

export class DeviceCodeTokenProvider implements TokenProvider {
  /** One refresh per expired token, however many requests met it. */
  readonly #tokens = new SharedTokenRefresh((scopes, forceRefresh) => this.#acquire(scopes, forceRefresh));

  constructor(private readonly options: DeviceCodeTokenProviderOptions) {}

  getAccessToken(request: TokenRequest): Promise<string> {
    return this.#tokens.getAccessToken({ ...request, scopes: [...new Set([...DEVICE_CODE_SCOPES, ...request.scopes])] });
  }

  async #acquire(scopes: readonly string[], forceRefresh: boolean): Promise<string> {
    const { client } = this.options;
    const [account] = await client.getAllAccounts().catch((error: unknown) => Promise.reject(toAuthError(error)));
    if (account !== undefined) {
      try {
        return (await client.acquireTokenSilent({ account, scopes: [...scopes], forceRefresh })).accessToken;
      } catch (error) {
        const translated = toAuthError(error);
        if (translated.reason !== 'interaction-required' && translated.reason !== 'consent-required') throw translated;
      }
    }
    let result: DeviceCodeResult | null;
    try {
      result = await client.acquireTokenByDeviceCode({ scopes: [...scopes], deviceCodeCallback: (response) => this.options.showMessage(response.message) });
    } catch (error) {
      throw toAuthError(error);
    }
    if (result === null) throw new AuthError('Signing in with the device code gave no token.', 'failed');
    return result.accessToken;
  }
}

/** Translates an msal-node error into our AuthError; MSAL's text is not kept in the message (it may carry PII). */
export function toAuthError(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  const record = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const errorCode = typeof record['errorCode'] === 'string' ? record['errorCode'] : 'unknown_error';
  const subError = typeof record['subError'] === 'string' ? record['subError'] : undefined;
  const description = typeof record['errorMessage'] === 'string' ? record['errorMessage'] : undefined;
  const reason = classifyAuthFailure({
    errorCode,
    ...(subError === undefined ? {} : { subError }),
    ...(description === undefined ? {} : { description }),
    interactionRequired: record['name'] === 'InteractionRequiredAuthError',
  });
  return new AuthError(`Signing in to Microsoft 365 failed (${reason}).`, reason, errorCode, { cause: error });
}
