// Turns the development manifest into the production one: every https://localhost:3000 URL moves to the
// production base URL (AppDomain entries to its origin only, as the schema wants), and any localhost left is found.

export const DEV_BASE_URL = 'https://localhost:3000';
/** The dev origin as a whole URL prefix: followed by a path, a quote, a tag or whitespace, never by more port digits. */
const DEV_URL_PATTERN = /https:\/\/localhost:3000(?=[/"'<\s]|$)/g;
const APP_DOMAIN_PATTERN = /(<AppDomain>\s*)https:\/\/localhost:3000\/?(\s*<\/AppDomain>)/g;
const LOCALHOST_PATTERN = /localhost|127\.0\.0\.1|\[::1\]/i;

function escapeXmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Rewrites the dev manifest for `baseUrl` (an https URL, optionally with a path; a trailing slash is ignored). */
export function rewriteManifestForProduction(xml: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  const prefix = escapeXmlAttribute(`${base.origin}${base.pathname.replace(/\/+$/, '')}`);
  return xml
    .replace(APP_DOMAIN_PATTERN, (_match, open: string, close: string) => `${open}${escapeXmlAttribute(base.origin)}${close}`)
    .replace(DEV_URL_PATTERN, prefix);
}

export interface LocalhostHit {
  readonly line: number;
  readonly text: string;
}

/** Lines of the manifest (1-based) that still mention localhost, 127.0.0.1 or [::1]. */
export function findLocalhost(xml: string): LocalhostHit[] {
  return xml
    .split('\n')
    .map((text, index) => ({ line: index + 1, text: text.trim() }))
    .filter((hit) => LOCALHOST_PATTERN.test(hit.text));
}
