// The 401 rule for a Graph request made outside the Graph client's middleware: send with a token; when Graph
// answers 401, force one token refresh and send once more. The second answer is final, whatever it is. The
// provider is told which token failed, so requests that met the same expired token share one refresh.
import type { TokenProvider } from '../../ports/token-provider.js';

export async function withTokenRetry(
  provider: TokenProvider,
  scopes: readonly string[],
  send: (token: string) => Promise<Response>,
): Promise<Response> {
  const token = await provider.getAccessToken({ scopes });
  const first = await send(token);
  if (first.status !== 401) return first;
  await first.body?.cancel();
  return send(await provider.getAccessToken({ scopes, forceRefresh: true, failedToken: token }));
}
