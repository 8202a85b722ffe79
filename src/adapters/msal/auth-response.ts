// Recognises an authorization response in the dialog page's own address (RFC 6749 §4.1.2) and tells whether
// MSAL started it as a redirect (handled on the page) or from a popup or hidden iframe (relayed to the opener).

export type AuthResponseKind = 'none' | 'redirect' | 'relay';

const RESPONSE_KEYS = ['code', 'error'];

function paramsOf(location: { readonly hash: string; readonly search: string }): URLSearchParams | undefined {
  for (const part of [location.hash.replace(/^#\/?/, ''), location.search.replace(/^\?/, '')]) {
    const params = new URLSearchParams(part);
    if (params.has('state') && RESPONSE_KEYS.some((key) => params.has(key))) return params;
  }
  return undefined;
}

/**
 * MSAL's `state` is `<base64url JSON {id, meta: {interactionType}}>|<app state>` (msal-common ProtocolUtils);
 * an unreadable state is relayed, where MSAL itself rejects it.
 */
export function authResponseKind(location: { readonly hash: string; readonly search: string }): AuthResponseKind {
  const params = paramsOf(location);
  if (!params) return 'none';
  const libraryState = (params.get('state') ?? '').split('|')[0] ?? '';
  try {
    const json = atob(libraryState.replace(/-/g, '+').replace(/_/g, '/'));
    const parsed = JSON.parse(json) as { meta?: { interactionType?: unknown } };
    return parsed.meta?.interactionType === 'redirect' ? 'redirect' : 'relay';
  } catch {
    return 'relay';
  }
}
