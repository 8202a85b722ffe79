// Both manifests come from the one declaration: manifest.xml is its development rendering (and fails here when it
// drifts), and the XML and unified renderings pass offline validation for the dev server and for production.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { urlBelow } from '../../../scripts/manifest/addin-declaration.js';
import { DEV_BASE_URL, findLocalhost } from '../../../scripts/manifest/find-localhost.js';
import { probeLocalImage } from '../../../scripts/manifest/probe-local-image.js';
import { packageFiles, renderJsonManifest } from '../../../scripts/manifest/render-json-manifest.js';
import { renderXmlManifest } from '../../../scripts/manifest/render-xml-manifest.js';
import { validateJsonManifest } from '../../../scripts/manifest/validate-json-manifest.js';
import { validateManifest } from '../../../scripts/manifest/validate-manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PRODUCTION = 'https://contoso.com/contact-bridge';

function validateJsonFor(baseUrl: string): ReturnType<typeof validateJsonManifest> {
  const files = packageFiles(baseUrl);
  const readSibling = (relative: string): string | undefined => {
    const json = files.find((file) => file.path === relative)?.json;
    return json === undefined ? undefined : JSON.stringify(json);
  };
  const probe = probeLocalImage(ROOT);
  return validateJsonManifest(JSON.stringify(renderJsonManifest(baseUrl)), { file: 'manifest.json', readSibling, probeImage: (relative) => probe(`${DEV_BASE_URL}/${relative}`) });
}

describe('manifest.xml', () => {
  it('is the development rendering of the add-in declaration (run npm run manifest after editing the declaration)', () => {
    expect(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')).toBe(renderXmlManifest(DEV_BASE_URL));
  });
});

describe('renderXmlManifest', () => {
  it('passes offline validation with the real icons, mobile ones included', () => {
    expect(validateManifest(renderXmlManifest(DEV_BASE_URL), { file: 'manifest.xml', probeImage: probeLocalImage(ROOT) })).toEqual([]);
  });

  it('passes offline validation for production and mentions no localhost', () => {
    const xml = renderXmlManifest(PRODUCTION);
    expect(validateManifest(xml, { file: 'dist/manifest.xml' })).toEqual([]);
    expect(findLocalhost(xml)).toEqual([]);
    expect(xml).toContain('<SourceLocation DefaultValue="https://contoso.com/contact-bridge/taskpane.html" />');
  });

  it('writes only the origin into AppDomain', () => {
    expect(renderXmlManifest(PRODUCTION)).toContain('<AppDomain>https://contoso.com</AppDomain>');
  });

  it('escapes characters that are special in XML attributes', () => {
    expect(renderXmlManifest('https://contoso.com/a&b')).toContain('DefaultValue="https://contoso.com/a&amp;b/taskpane.html"');
  });

  it('declares the mobile read surface inside the VersionOverrides 1.1 block only', () => {
    const xml = renderXmlManifest(DEV_BASE_URL);
    const inner = xml.slice(xml.indexOf('xsi:type="VersionOverridesV1_1"'));
    expect(xml.match(/<MobileFormFactor>/g)).toHaveLength(1);
    expect(inner).toContain('<ExtensionPoint xsi:type="MobileMessageReadCommandSurface">');
    expect(inner).toContain('<Icon xsi:type="bt:MobileIconList">');
  });
});

describe('the offline XML validator on the mobile surface', () => {
  const xml = renderXmlManifest(DEV_BASE_URL);
  const rules = (text: string): string[] => validateManifest(text, { file: 'manifest.xml', probeImage: probeLocalImage(ROOT) }).map((issue) => issue.rule);

  it('refuses a mobile button whose children are out of order', () => {
    const swapped = xml.replace(/(<Control xsi:type="MobileButton"[^>]*>\s*)(<Label resid="OpenPane.Label" \/>)(\s*)(<Icon xsi:type="bt:MobileIconList">[\s\S]*?<\/Icon>)/, '$1$4$3$2');
    expect(swapped).not.toBe(xml);
    expect(rules(swapped)).toContain('element-order');
  });

  it('refuses a mobile icon list without its 48 px images', () => {
    const without48 = xml.replace(/\s*<bt:Image size="48" scale="\d" resid="Icon.Mobile48x\d" \/>/g, '');
    expect(rules(without48)).toContain('icon-size');
  });
});

describe('renderJsonManifest', () => {
  it('passes the vendored JSON schema with its German localization file and package icons', () => {
    expect(validateJsonFor(DEV_BASE_URL)).toEqual([]);
  });

  it('passes for production and mentions no localhost', () => {
    expect(validateJsonFor(PRODUCTION)).toEqual([]);
    expect(findLocalhost(JSON.stringify(renderJsonManifest(PRODUCTION)))).toEqual([]);
  });
});

describe('urlBelow', () => {
  it.each([
    ['an origin', 'https://contoso.com', 'https://contoso.com/taskpane.html'],
    ['an origin with a trailing slash', 'https://contoso.com/', 'https://contoso.com/taskpane.html'],
    ['a base path', 'https://contoso.com/apps/contact-bridge', 'https://contoso.com/apps/contact-bridge/taskpane.html'],
    ['a base path with a trailing slash', 'https://contoso.com/apps/contact-bridge/', 'https://contoso.com/apps/contact-bridge/taskpane.html'],
    ['a port', 'https://addins.contoso.com:8443', 'https://addins.contoso.com:8443/taskpane.html'],
  ])('puts the page below %s', (_case, baseUrl, expected) => {
    expect(urlBelow(baseUrl, 'taskpane.html')).toBe(expected);
  });
});

describe('findLocalhost', () => {
  it('reports each line that mentions the local machine', () => {
    expect(findLocalhost('<a>\n<b v="http://127.0.0.1:3000"/>\n<c>LOCALHOST</c>\n</a>').map((hit) => hit.line)).toEqual([2, 3]);
  });
});
