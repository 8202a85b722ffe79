import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

function runScript(script: string, args: readonly string[], env: Record<string, string | undefined> = {}): { status: number | null; output: string } {
  const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined));
  const result = spawnSync(TSX, [script, ...args], { cwd: ROOT, encoding: 'utf8', env: merged, timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run validate', () => {
  it('passes the project manifest offline and says online validation was skipped on request', () => {
    const { status, output } = runScript('scripts/validate-manifest.ts', ['--offline', 'manifest.xml']);
    expect(output).toContain('offline validation: manifest.xml passed (0 errors, 0 warnings)');
    expect(output).toContain('online validation: skipped (--offline): manifest.xml');
    expect(status).toBe(0);
  });

  it('validates the unified manifest of the declaration too, against its vendored JSON schema', () => {
    const { status, output } = runScript('scripts/validate-manifest.ts', ['--offline']);
    expect(output).toContain('offline validation: manifest.json (development rendering of scripts/manifest/addin-declaration.ts) passed (0 errors, 0 warnings)');
    expect(output).toContain('offline validation: manifest.xml passed (0 errors, 0 warnings)');
    expect(status).toBe(0);
  });

  it('exits non-zero and prints the error with its line, rule and fix for a broken manifest', () => {
    const { status, output } = runScript('scripts/validate-manifest.ts', ['--offline', 'test/fixtures/manifest/bad-guid.xml']);
    expect(output).toMatch(/bad-guid\.xml:14 error \[guid-id\] \/OfficeApp\/Id: .*\n {4}fix: /);
    expect(output).toContain('FAILED (1 error, 0 warnings)');
    expect(status).toBe(1);
  });
});

describe('npm run build', () => {
  it('stops before building when the variables are missing, naming each with an example', () => {
    const { status, output } = runScript('scripts/build.ts', [], { ADDIN_BASE_URL: undefined, CLIENT_ID: undefined });
    expect(output).toMatch(/ADDIN_BASE_URL is not set.*Example: ADDIN_BASE_URL=https:/);
    expect(output).toMatch(/CLIENT_ID is not set.*Example: CLIENT_ID=/);
    expect(output).not.toContain('webpack');
    expect(status).toBe(2);
  });
});
