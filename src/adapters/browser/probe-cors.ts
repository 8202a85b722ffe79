// Tells apart why a browser request to a CardDAV server got no answer. A fetch that the CORS policy blocks and
// one that reaches no server both reject with the same bare TypeError (Fetch standard: a network error), so a
// second request in `no-cors` mode decides: it needs no preflight and no CORS headers, so it resolves (with an
// opaque answer) whenever the server is there at all.
export type CorsProbe = 'allowed' | 'blocked' | 'unreachable';

const PROPFIND_BODY = '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>';

/**
 * Sends what a pairing sends first (a PROPFIND with Depth and Content-Type, so with a preflight) without
 * credentials: `allowed` when the page may read the answer (whatever its status), else whether the server is
 * reachable at all.
 */
export async function probeCors(url: string, fetchImpl: typeof fetch = fetch): Promise<CorsProbe> {
  try {
    const response = await fetchImpl(url, { method: 'PROPFIND', headers: { Depth: '0', 'Content-Type': 'application/xml; charset=utf-8' }, body: PROPFIND_BODY, redirect: 'manual', credentials: 'omit' });
    await response.body?.cancel();
    return 'allowed';
  } catch {
    try {
      await fetchImpl(url, { mode: 'no-cors', credentials: 'omit' });
      return 'blocked';
    } catch {
      return 'unreachable';
    }
  }
}
