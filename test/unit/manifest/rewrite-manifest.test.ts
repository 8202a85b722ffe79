import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findLocalhost, rewriteManifestForProduction } from '../../../scripts/manifest/rewrite-manifest.js';
import { validateManifest } from '../../../scripts/manifest/validate-manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DEV_MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('rewriteManifestForProduction', () => {
  it.each([
    ['an origin', 'https://contoso.com', 'https://contoso.com/taskpane.html'],
    ['an origin with a trailing slash', 'https://contoso.com/', 'https://contoso.com/taskpane.html'],
    ['a base path', 'https://contoso.com/apps/contact-bridge', 'https://contoso.com/apps/contact-bridge/taskpane.html'],
    ['a base path with a trailing slash', 'https://contoso.com/apps/contact-bridge/', 'https://contoso.com/apps/contact-bridge/taskpane.html'],
    ['a port', 'https://addins.contoso.com:8443', 'https://addins.contoso.com:8443/taskpane.html'],
  ])('moves the pane URL to %s', (_case, baseUrl, paneUrl) => {
    const xml = rewriteManifestForProduction('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />', baseUrl);
    expect(xml).toBe(`<SourceLocation DefaultValue="${paneUrl}" />`);
  });

  it('writes only the origin into AppDomain', () => {
    const xml = rewriteManifestForProduction('<AppDomain>https://localhost:3000</AppDomain>', 'https://contoso.com/apps/contact-bridge');
    expect(xml).toBe('<AppDomain>https://contoso.com</AppDomain>');
  });

  it('leaves other localhost ports alone so the leftover check can catch them', () => {
    const xml = rewriteManifestForProduction('<Url DefaultValue="https://localhost:30001/x" />', 'https://contoso.com');
    expect(findLocalhost(xml)).toEqual([{ line: 1, text: '<Url DefaultValue="https://localhost:30001/x" />' }]);
  });

  it('escapes characters that are special in XML attributes', () => {
    const xml = rewriteManifestForProduction('<Url DefaultValue="https://localhost:3000/p" />', 'https://contoso.com/a&b');
    expect(xml).toBe('<Url DefaultValue="https://contoso.com/a&amp;b/p" />');
  });

  it('leaves no localhost in the project manifest', () => {
    const xml = rewriteManifestForProduction(DEV_MANIFEST, 'https://contoso.com/contact-bridge');
    expect(DEV_MANIFEST).toContain('https://localhost:3000');
    expect(findLocalhost(xml)).toEqual([]);
    expect(xml).toContain('<SourceLocation DefaultValue="https://contoso.com/contact-bridge/taskpane.html" />');
  });

  it('produces a production manifest that passes offline validation', () => {
    const xml = rewriteManifestForProduction(DEV_MANIFEST, 'https://contoso.com/contact-bridge');
    expect(validateManifest(xml, { file: 'dist/manifest.xml' })).toEqual([]);
  });
});

describe('findLocalhost', () => {
  it('reports each line that mentions the local machine', () => {
    expect(findLocalhost('<a>\n<b v="http://127.0.0.1:3000"/>\n<c>LOCALHOST</c>\n</a>').map((hit) => hit.line)).toEqual([2, 3]);
  });
});
