// A scripted stand-in for MSAL's client: accounts and tokens in memory, with the silent answers and errors a
// test arranges. It throws MSAL's real error classes so the provider's translation is exercised for real.
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import type { MsalClient } from '../../../src/adapters/msal/msal-token-provider.js';

export function anAccount(user: string, tenant = 'tenant-contoso'): AccountInfo {
  return { homeAccountId: `${user}.${tenant}`, environment: 'login.example', tenantId: tenant, username: `${user}@contoso.example`, localAccountId: user, name: `Name of ${user}` };
}

export function aResult(account: AccountInfo, token: string): AuthenticationResult {
  return { account, accessToken: token, scopes: [], idToken: '', idTokenClaims: {}, authority: '', uniqueId: account.localAccountId, tenantId: account.tenantId, fromCache: true, expiresOn: null, tokenType: 'Bearer', correlationId: 'c' };
}

export type SilentScript = (request: { scopes: string[]; account?: AccountInfo; forceRefresh?: boolean }) => Promise<AuthenticationResult>;

export class FakeMsalClient implements MsalClient {
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;
  readonly silentCalls: { scopes: string[]; forceRefresh: boolean; account?: AccountInfo }[] = [];
  readonly popupCalls: string[][] = [];
  readonly cleared: string[] = [];
  silent: SilentScript = () => Promise.reject(new Error('no silent answer scripted'));
  popup: (scopes: string[]) => Promise<AuthenticationResult> = () => Promise.reject(new Error('no popup answer scripted'));

  acquireTokenSilent: MsalClient['acquireTokenSilent'] = (request) => {
    this.silentCalls.push({ scopes: request.scopes, forceRefresh: request.forceRefresh ?? false, account: request.account });
    return this.silent({ scopes: request.scopes, account: request.account, forceRefresh: request.forceRefresh });
  };

  acquireTokenPopup: MsalClient['acquireTokenPopup'] = (request) => {
    this.popupCalls.push(request.scopes);
    return this.popup(request.scopes);
  };

  getActiveAccount: MsalClient['getActiveAccount'] = () => this.active;
  setActiveAccount: MsalClient['setActiveAccount'] = (account) => {
    this.active = account;
  };
  getAllAccounts: MsalClient['getAllAccounts'] = () => this.accounts;
  getAccount: MsalClient['getAccount'] = (filter) => this.accounts.find((account) => account.homeAccountId === filter.homeAccountId) ?? null;
  clearCache: MsalClient['clearCache'] = (request) => {
    const home = request?.account?.homeAccountId;
    if (home) {
      this.cleared.push(home);
      this.accounts = this.accounts.filter((account) => account.homeAccountId !== home);
    }
    return Promise.resolve();
  };
}
