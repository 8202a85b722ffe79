// Starts a real Radicale (Debian's package) on a free loopback port in a temporary directory, for the CardDAV
// contract and integration tests. `--config ""` skips Debian's /etc/radicale/config (remote-user auth, SSL);
// auth `none` accepts any user name. Ready when the port answers HTTP, not after a fixed wait. With `corsOrigin`
// it sends the CORS headers the README's `[headers]` section lists, for that one origin (a pane's).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RADICALE_PYTHON = '/usr/bin/python3';
const READY_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 50;

export interface RadicaleServer {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  readonly url: string;
  /** Radicale's storage folder (`collection-root/<user>/<book>/` holds the cards). */
  readonly storageDir: string;
  /** Creates `/<user>/<book>/` as an address book (MKCOL the user first: Radicale answers 409 otherwise). Answers its URL. */
  createBook(user: string, book: string): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Radicale exited with ${child.exitCode}: ${output()}`);
    try {
      await fetch(`${url}/.web/`, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }
  throw new Error(`Radicale did not answer on ${url} within ${READY_TIMEOUT_MS} ms: ${output()}`);
}

const basic = (user: string): string => `Basic ${Buffer.from(`${user}:x`).toString('base64')}`;

const EXTENDED_MKCOL = `<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>
<D:resourcetype><D:collection/><C:addressbook/></D:resourcetype><D:displayname>BOOK</D:displayname>
</D:prop></D:set></D:mkcol>`;

async function createBook(url: string, user: string, book: string): Promise<string> {
  const headers = { Authorization: basic(user) };
  const home = await fetch(`${url}/${user}/`, { method: 'MKCOL', headers });
  if (home.status !== 201 && home.status !== 405 && home.status !== 409) throw new Error(`MKCOL /${user}/ answered ${home.status}`);
  const bookUrl = `${url}/${user}/${book}/`;
  const made = await fetch(bookUrl, { method: 'MKCOL', headers: { ...headers, 'Content-Type': 'application/xml' }, body: EXTENDED_MKCOL.replace('BOOK', book) });
  if (made.status !== 201) throw new Error(`MKCOL ${bookUrl} answered ${made.status}: ${await made.text()}`);
  return bookUrl;
}

export interface RadicaleOptions {
  /** The origin allowed by CORS headers on every answer (none by default: Radicale sends no CORS headers). */
  readonly corsOrigin?: string;
}

/** The `[headers]` the README gives for a pane's origin, as Radicale's command-line options. */
export function corsHeaderArgs(origin: string): string[] {
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS, PUT, DELETE, PROPFIND, PROPPATCH, REPORT, MKCOL',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, Depth, If-Match, If-None-Match',
    'Access-Control-Expose-Headers': 'ETag',
  };
  return Object.entries(headers).map(([name, value]) => `--headers-${name}=${value}`);
}

export async function startRadicale(options: RadicaleOptions = {}): Promise<RadicaleServer> {
  const dir = await mkdtemp(join(tmpdir(), 'radicale-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cors = options.corsOrigin === undefined ? [] : corsHeaderArgs(options.corsOrigin);
  const args = ['-m', 'radicale', '--config', '', '--server-hosts', `127.0.0.1:${port}`, '--storage-filesystem-folder', join(dir, 'collections'), '--auth-type', 'none', ...cors];
  const child = spawn(RADICALE_PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-2_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, storageDir: join(dir, 'collections'), createBook: (user, book) => createBook(url, user, book), stop };
}
