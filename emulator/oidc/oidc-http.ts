// Small HTTP helpers for the OpenID Connect endpoints: form bodies, JSON and OAuth error answers, cookies, CORS.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SESSION_COOKIE = 'emulator_oidc_session';
const MAX_FORM_BYTES = 64 * 1024;

/** Reads an `application/x-www-form-urlencoded` body (RFC 6749 §3.2 requires it for the token endpoint). */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new Error('The form body is too large.');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Pragma: 'no-cache', ...headers });
  res.end(JSON.stringify(body));
}

/** OAuth's error shape (RFC 6749 §5.2): `error`, `error_description`, plus Entra's `error_codes` and `timestamp`. */
export function sendOAuthError(res: ServerResponse, status: number, error: string, description: string, headers: Record<string, string> = {}, suberror?: string): void {
  sendJson(res, status, { error, error_description: description, ...(suberror ? { suberror } : {}), timestamp: new Date().toISOString() }, headers);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...headers });
  res.end();
}

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** The session cookie must be `SameSite=None; Secure` so that silent sign-in in an iframe of the pane can send it. */
export function sessionCookie(value: string | undefined): string {
  const base = `${SESSION_COOKIE}=${value ?? ''}; Path=/oidc; HttpOnly; Secure; SameSite=None`;
  return value === undefined ? `${base}; Max-Age=0` : base;
}

/** MSAL calls the token endpoint with `fetch` from the add-in's origin: allow any origin, no credentials. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  return origin
    ? {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': requestedHeaders(req),
        'Access-Control-Expose-Headers': 'client-request-id, x-ms-request-id',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      }
    : {};
}

/** Echoes the preflight's requested headers (MSAL adds `X-AnchorMailbox` and telemetry headers). */
function requestedHeaders(req: IncomingMessage): string {
  const asked = req.headers['access-control-request-headers'];
  return typeof asked === 'string' && /^[A-Za-z0-9, -]*$/.test(asked) && asked.trim() ? asked : 'Content-Type';
}

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
