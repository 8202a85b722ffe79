// Reads and checks the production build's settings (ADDIN_BASE_URL, CLIENT_ID) and explains any problem
// by naming the variable, the reason and an example.

export interface BuildSettings {
  /** Base URL without a trailing slash, e.g. https://contoso.com/contact-bridge. */
  readonly baseUrl: string;
  readonly clientId: string;
}

export type BuildEnvResult = { readonly ok: true; readonly settings: BuildSettings } | { readonly ok: false; readonly problems: readonly string[] };

export const BASE_URL_EXAMPLE = 'ADDIN_BASE_URL=https://contoso.com/contact-bridge';
export const CLIENT_ID_EXAMPLE = 'CLIENT_ID=3f2b8a4e-6c1d-4e7f-9a0b-5c6d7e8f9a0b';
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function checkBaseUrl(value: string | undefined): string | { problem: string } {
  const example = `Example: ${BASE_URL_EXAMPLE}`;
  if (value === undefined || value.trim() === '') {
    return { problem: `ADDIN_BASE_URL is not set: give the HTTPS address where dist/ will be served. ${example}` };
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { problem: `ADDIN_BASE_URL "${value}" is not an absolute URL. ${example}` };
  }
  if (url.protocol !== 'https:') return { problem: `ADDIN_BASE_URL "${value}" must use https: (Office loads add-ins over HTTPS only). ${example}` };
  if (LOCAL_HOSTS.has(url.hostname)) return { problem: `ADDIN_BASE_URL "${value}" points at this machine; the production manifest must not contain localhost. ${example}` };
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return { problem: `ADDIN_BASE_URL "${value}" must be a plain base address without query, fragment or credentials. ${example}` };
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function checkClientId(value: string | undefined): string | { problem: string } {
  const example = `Example: ${CLIENT_ID_EXAMPLE} (the Application (client) ID of the Microsoft Entra app registration)`;
  if (value === undefined || value.trim() === '') return { problem: `CLIENT_ID is not set. ${example}` };
  const id = value.trim();
  if (!GUID.test(id)) return { problem: `CLIENT_ID "${value}" is not a GUID. ${example}` };
  if (id === NIL_GUID) return { problem: `CLIENT_ID is the placeholder ${NIL_GUID}. ${example}` };
  return id.toLowerCase();
}

/** Checks both variables and reports every problem at once. */
export function parseBuildEnv(env: Readonly<Record<string, string | undefined>>): BuildEnvResult {
  const baseUrl = checkBaseUrl(env.ADDIN_BASE_URL);
  const clientId = checkClientId(env.CLIENT_ID);
  const problems = [baseUrl, clientId].flatMap((result) => (typeof result === 'string' ? [] : [result.problem]));
  if (typeof baseUrl === 'string' && typeof clientId === 'string') return { ok: true, settings: { baseUrl, clientId } };
  return { ok: false, problems };
}
