import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../main.js';
import { startEmulator } from '../server.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-test-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const bearer = (emulator: Awaited<ReturnType<typeof startEmulator>>): Record<string, string> => ({
  authorization: `Bearer ${emulator.mintToken(emulator.users[0]?.id ?? '', ['Contacts.ReadWrite'])}`,
  'content-type': 'application/json',
});

describe('--state FILE', () => {
  it('keeps contacts and delta links across a restart', async () => {
    const statePath = join(tempDir(), 'state.json');
    const first = await startEmulator({ seed: 25, statePath });
    const root = (await (await fetch(`${first.graphUrl}/me/contactFolders/contacts`, { headers: bearer(first) })).json()) as { id: string };
    let url: string | undefined = `${first.graphUrl}/me/contactFolders/${encodeURIComponent(root.id)}/contacts/delta`;
    let deltaLink = '';
    while (url) {
      const page = (await (await fetch(url, { headers: bearer(first) })).json()) as { '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
      deltaLink = page['@odata.deltaLink'] ?? deltaLink;
      url = page['@odata.nextLink'];
    }
    const created = (await (await fetch(`${first.graphUrl}/me/contacts`, { method: 'POST', headers: bearer(first), body: JSON.stringify({ givenName: 'Persistent' }) })).json()) as { id: string };
    await first.close();

    const second = await startEmulator({ seed: 25, statePath });
    try {
      const again = await fetch(`${second.graphUrl}/me/contacts/${encodeURIComponent(created.id)}`, { headers: bearer(second) });
      expect(again.status).toBe(200);
      const path = new URL(deltaLink);
      const changes = (await (await fetch(`${second.graphUrl}${path.pathname.slice('/v1.0'.length)}${path.search}`, { headers: bearer(second) })).json()) as { value: { id: string }[] };
      expect(changes.value.map((c) => c.id)).toEqual([created.id]);
    } finally {
      await second.close();
    }
  });
});

describe('static files and HTTPS', () => {
  it('serves files with their content types, index.html for directories, and nothing outside the folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sim'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>pane</title>');
    writeFileSync(join(dir, 'sim', 'index.html'), '<!doctype html><title>sim</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1);');
    const emulator = await startEmulator({ seed: 0, staticDir: dir });
    try {
      const index = await fetch(`${emulator.url}/`);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await index.text()).toContain('pane');
      expect(await (await fetch(`${emulator.url}/sim/`)).text()).toContain('sim');
      expect((await fetch(`${emulator.url}/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await fetch(`${emulator.url}/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
      expect((await fetch(`${emulator.url}/app.js`, { method: 'POST' })).status).toBe(404);
    } finally {
      await emulator.close();
    }
  });

  it('serves Graph over HTTPS with the certificate given', async () => {
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048 });
    const emulator = await startEmulator({ seed: 20, https: { cert: pems.cert, key: pems.private } });
    try {
      expect(emulator.url.startsWith('https://127.0.0.1:')).toBe(true);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${emulator.graphUrl}/me/contacts?$top=1`, { headers: bearer(emulator), rejectUnauthorized: false }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});

describe('command line', () => {
  it('maps every flag to an emulator option', () => {
    const options = parseCommandLine(['--port', '4000', '--seed', '2000', '--latency', '5', '--rng', '7', '--token-ttl', '60', '--control', '--public-url', 'https://localhost:3000', '--static', 'dist', '--concurrency', '2', '--quiet']);
    expect(options).toMatchObject({ port: 4000, seed: 2000, latencyMs: 5, rng: 7, tokenTtlSeconds: 60, control: true, publicUrl: 'https://localhost:3000', staticDir: 'dist', throttle: { concurrentPerMailbox: 2 } });
  });

  it('refuses a value that is not a whole number', () => {
    expect(() => parseCommandLine(['--seed', 'many'])).toThrow(/--seed/);
  });
});

describe('request logging', () => {
  it('writes one line per request, without query strings or tokens', async () => {
    const lines: string[] = [];
    const emulator = await startEmulator({ seed: 20, control: true, log: (line) => lines.push(line) });
    try {
      const headers = bearer(emulator);
      await fetch(`${emulator.graphUrl}/me/contacts?$top=1&secret=abc`, { headers });
      await fetch(`${emulator.url}/_emulator/requests`);
      await fetch(`${emulator.url}/oidc/v2.0/.well-known/openid-configuration`);
      await new Promise<void>((resolve) => setImmediate(resolve));
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/ GET \/v1\.0\/me\/contacts 200 /);
      expect(lines.join('\n')).not.toContain('secret');
      expect(lines.join('\n')).not.toContain(headers.authorization?.slice(7, 40) ?? 'missing');
    } finally {
      await emulator.close();
    }
  });
});
