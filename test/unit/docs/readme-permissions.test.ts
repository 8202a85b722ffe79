// The README's table of Graph permissions is what an administrator adds to the app registration and consents to,
// so it must name exactly the scopes the code can ask for: the sign-in scopes, each feature's scopes once some
// code asks for that feature, and every permission-shaped string literal anywhere else in src/.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BASE_SCOPES, FEATURE_SCOPES } from '../../../src/core/auth/graph-scopes.js';
import type { ScopedFeature } from '../../../src/core/auth/graph-scopes.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCOPES_MODULE = path.join('src', 'core', 'auth', 'graph-scopes.ts');
/** A Graph delegated permission name: `User.Read`, `Contacts.ReadWrite.Shared`, `MailboxSettings.Read`. */
const PERMISSION_LITERAL = /['"]([A-Z][A-Za-z]+\.(?:Read|ReadWrite|ReadBasic)(?:\.[A-Z][A-Za-z]*)*)['"]/g;
const FEATURE_CALL = /scopesForFeature\(\s*'([a-z-]+)'\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

/** The scopes some code path in src/ can put into a token request. */
function scopesTheCodeRequests(files: ReadonlyMap<string, string>): Set<string> {
  const scopes = new Set<string>(BASE_SCOPES);
  for (const [file, text] of files) {
    if (file === SCOPES_MODULE) continue;
    for (const match of text.matchAll(PERMISSION_LITERAL)) scopes.add(match[1] ?? '');
    for (const match of text.matchAll(FEATURE_CALL)) {
      const feature = match[1] as ScopedFeature;
      for (const scope of FEATURE_SCOPES[feature] ?? [`unknown feature ${feature}`]) scopes.add(scope);
    }
  }
  return scopes;
}

interface PermissionRow {
  readonly permission: string;
  readonly asked: string;
}

/** The rows of the table under README's "### 3. API permissions" heading. */
function permissionRows(readme: string): PermissionRow[] {
  const section = /^### 3\. API permissions$([\s\S]*?)^#{2,3} /m.exec(readme)?.[1];
  if (section === undefined) throw new Error('README.md has no "### 3. API permissions" section');
  return section
    .split('\n')
    .map((line) => /^\| `([^`]+)` \| ([^|]+) \|/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ permission: match[1] ?? '', asked: (match[2] ?? '').trim() }));
}

const files = new Map(sourceFiles('src').map((file) => [file, readFileSync(path.join(ROOT, file), 'utf8')]));
const rows = permissionRows(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

describe('the README permissions table', () => {
  it('lists exactly the scopes the code can request', () => {
    expect(rows.map((row) => row.permission).sort()).toEqual([...scopesTheCodeRequests(files)].sort());
  });

  it('marks exactly the sign-in scopes as asked at sign-in', () => {
    const atSignIn = rows.filter((row) => row.asked === 'at sign-in').map((row) => row.permission);
    expect(atSignIn.sort()).toEqual([...BASE_SCOPES].sort());
  });

  it('counts a feature scope only once code asks for the feature', () => {
    const declaredOnly = new Map([[SCOPES_MODULE, ''], ['src/x.ts', "const s = ['Mail.Read'];"]]);
    expect([...scopesTheCodeRequests(declaredOnly)].sort()).toEqual([...BASE_SCOPES, 'Mail.Read'].sort());
    const used = new Map([['src/y.ts', "client.send({ scopes: scopesForFeature('read-categories') });"]]);
    expect(scopesTheCodeRequests(used)).toContain('MailboxSettings.Read');
  });

  it('reads the rows of the permissions table only', () => {
    const readme = '### 3. API permissions\n\n| permission | asked | why |\n|---|---|---|\n| `A.Read` | at sign-in | x |\n\n### 4. Consent\n| `B.Read` | y | z |\n';
    expect(permissionRows(readme)).toEqual([{ permission: 'A.Read', asked: 'at sign-in' }]);
  });
});
