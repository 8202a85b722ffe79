// Reads the signed-in user's display name from Graph `GET /me`, with the 401 rule (one forced refresh).
import { withTokenRetry } from '../../adapters/msal/with-token-retry.js';
import type { TokenProvider } from '../../ports/token-provider.js';

export async function loadProfile(tokens: TokenProvider, graphBaseUrl: string): Promise<{ readonly displayName?: string }> {
  const url = `${graphBaseUrl.replace(/\/+$/, '')}/me?$select=displayName,userPrincipalName`;
  const response = await withTokenRetry(tokens, ['User.Read'], (token) => fetch(url, { headers: { Authorization: `Bearer ${token}` } }));
  if (!response.ok) throw new Error(`Graph answered ${response.status} when reading your profile.`);
  const body = (await response.json()) as unknown;
  const displayName = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).displayName : undefined;
  return { displayName: typeof displayName === 'string' && displayName.trim() ? displayName.slice(0, 200) : undefined };
}
