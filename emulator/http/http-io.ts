// Small HTTP helpers shared by the Graph, control and static handlers: body reading, JSON answers and CORS.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonBytes } from './json-body.js';

/** Graph refuses bodies beyond this (photos are the largest: 4 MB plus headroom). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Headers a browser may read from Graph answers (Graph exposes these). */
const EXPOSED = 'ETag, Location, Preference-Applied, Content-Range, request-id, client-request-id, Retry-After, WWW-Authenticate';

export function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': typeof req.headers.origin === 'string' ? req.headers.origin : '*',
    'Access-Control-Expose-Headers': EXPOSED,
    Vary: 'Origin',
  };
}

/** Answers a CORS preflight: every method Graph serves, the headers the browser asked for. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': typeof requested === 'string' ? requested : 'Authorization, Content-Type, If-Match, Prefer, client-request-id',
    'Access-Control-Max-Age': '3600',
  });
  res.end();
}

/** Sends a JSON body and returns its size in bytes. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number {
  const payload = jsonBytes(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(payload.length), ...headers });
  res.end(payload);
  return payload.length;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
