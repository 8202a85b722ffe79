// The production pages' security policy, read from a real `npm run build`: scripts only from the pane's origin and
// the Office.js host, no eval, no plugins, no inline script; and the `_headers` file that tells the web server what
// to send, with the frame-ancestors a `<meta>` policy cannot carry.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BASE_URL = 'https://addin.contoso.example';
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';
const PAGES = ['taskpane.html', 'dialog.html'] as const;

let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(path.join(os.tmpdir(), 'contact-bridge-policy-'));
  const build = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts', '--out-dir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADDIN_BASE_URL: BASE_URL, CLIENT_ID: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f' },
    timeout: 170_000,
  });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-15).join('\n')}`);
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A policy as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function metaPolicy(page: string): string {
  const html = readFileSync(path.join(outDir, page), 'utf8');
  const match = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(html);
  if (!match?.[1]) throw new Error(`${page} has no Content-Security-Policy meta tag`);
  return match[1];
}

function scriptSources(page: string): string[] {
  const html = readFileSync(path.join(outDir, page), 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>/gi)].map((tag) => /\bsrc="?([^"\s>]+)/i.exec(tag[1] ?? '')?.[1] ?? 'inline');
}

/** The `_headers` file as page → header name → value. */
function headersFile(): Map<string, Map<string, string>> {
  const pages = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(path.join(outDir, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) pages.set(line.trim(), (current = new Map()));
    else current?.set(line.trim().slice(0, line.trim().indexOf(':')).toLowerCase(), line.trim().slice(line.trim().indexOf(':') + 1).trim());
  }
  return pages;
}

describe('the production pages’ content security policy', { timeout: 30_000 }, () => {
  it.each(PAGES)('%s allows scripts only from its own origin and the Office.js host, with no eval and no plugins', (page) => {
    const policy = parsePolicy(metaPolicy(page));
    expect(policy.get('script-src')).toEqual(["'self'", OFFICE_JS_ORIGIN]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(metaPolicy(page)).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*\.microsoft\.com/);
  });

  it.each(PAGES)('%s loads every script from a source its policy allows, and none inline', (page) => {
    const sources = scriptSources(page);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) {
      expect(src).not.toBe('inline');
      const url = new URL(src, `${BASE_URL}/${page}`);
      expect([BASE_URL, OFFICE_JS_ORIGIN]).toContain(url.origin);
    }
    if (page === 'taskpane.html') expect(sources).toContain(`${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`);
  });

  it('writes the headers the server must send: the same policy plus frame-ancestors naming Outlook, for each page', () => {
    const headers = headersFile();
    expect([...headers.keys()]).toEqual(PAGES.map((page) => `/${page}`));
    for (const page of PAGES) {
      const sent = headers.get(`/${page}`)?.get('content-security-policy') ?? '';
      const directives = parsePolicy(sent);
      const ancestors = directives.get('frame-ancestors') ?? [];
      expect(ancestors).toEqual(expect.arrayContaining(["'self'", 'https://outlook.office.com', 'https://outlook.office365.com']));
      expect(ancestors).not.toContain('*');
      directives.delete('frame-ancestors');
      expect(directives).toEqual(parsePolicy(metaPolicy(page)));
      expect(headers.get(`/${page}`)?.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
