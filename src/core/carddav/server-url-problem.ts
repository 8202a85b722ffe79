// Checks a CardDAV server URL typed into the pane before anything is sent: an http(s) URL without a user name
// or password in it (those go in their own fields, never into a URL that may be shown or stored), and one the
// pane's Content-Security-Policy lets it connect to (`connect-src` source expressions, CSP3 §2.3.1).
export type ServerUrlProblem = 'not-a-url' | 'not-http' | 'has-credentials' | 'not-allowed';

/** Whether `url`'s origin matches one of the connect-src sources: `https:`, `https://host`, `http://host:*`, `https://*.example.com`. */
export function isOriginAllowed(url: URL, sources: readonly string[]): boolean {
  return sources.some((source) => {
    if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase();
    const match = /^([a-z][a-z0-9+.-]*):\/\/(\*\.)?([^:/]+)(?::(\*|\d+))?\/?$/i.exec(source);
    if (match === null) return false;
    const [, scheme = '', wildcard, host = '', port] = match;
    if (url.protocol !== `${scheme.toLowerCase()}:`) return false;
    const hostOk = wildcard === undefined ? url.hostname === host.toLowerCase() : url.hostname.endsWith(`.${host.toLowerCase()}`);
    const defaultPort = url.protocol === 'https:' ? '443' : '80';
    const portOk = port === '*' || (port ?? defaultPort) === (url.port === '' ? defaultPort : url.port);
    return hostOk && portOk;
  });
}

export function serverUrlProblem(text: string, allowedSources: readonly string[]): ServerUrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'not-a-url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not-http';
  if (url.username !== '' || url.password !== '') return 'has-credentials';
  if (!isOriginAllowed(url, allowedSources)) return 'not-allowed';
  return undefined;
}
