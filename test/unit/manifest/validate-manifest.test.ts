import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ProbeImage } from '../../../scripts/manifest/check-icons.js';
import { probeLocalImage } from '../../../scripts/manifest/probe-local-image.js';
import { validateManifest } from '../../../scripts/manifest/validate-manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/manifest');

interface ExpectedIssue {
  rule: string;
  line: number;
  path: string;
}

/** Icons named icon-<n>.png are n x n px, as the project's assets are. */
const probeByFileName: ProbeImage = (url) => {
  const match = /icon-(\d+)\.png$/.exec(url);
  return match ? { kind: 'size', widthPx: Number(match[1]), heightPx: Number(match[1]), source: url } : { kind: 'remote' };
};

const brokenFixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.xml') && name !== 'valid.xml')
  .map((name) => name.replace(/\.xml$/, ''))
  .sort();

function validateFixture(name: string): ReturnType<typeof validateManifest> {
  const text = readFileSync(path.join(FIXTURES, `${name}.xml`), 'utf8');
  return validateManifest(text, { file: `${name}.xml`, probeImage: probeByFileName });
}

describe('validateManifest', () => {
  it('accepts the project manifest with its real icons', () => {
    const text = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const issues = validateManifest(text, { file: 'manifest.xml', probeImage: probeLocalImage(ROOT) });
    expect(issues).toEqual([]);
  });

  it('accepts the valid fixture', () => {
    expect(validateFixture('valid')).toEqual([]);
  });

  it('has a broken fixture for every rule the issue names', () => {
    const rules = new Set(brokenFixtures.flatMap((name) => (JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as ExpectedIssue[]).map((issue) => issue.rule)));
    for (const rule of ['element-order', 'required-element', 'https-url', 'resid-resolves', 'guid-id', 'version-format', 'allowed-value', 'icon-size', 'well-formed-xml']) {
      expect(rules).toContain(rule);
    }
  });

  it.each(brokenFixtures)('reports exactly the expected errors for %s', (name) => {
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as ExpectedIssue[];
    const errors = validateFixture(name).filter((issue) => issue.severity === 'error');
    expect(errors.map(({ rule, line, path: at }) => ({ rule, line, path: at }))).toEqual(expected);
  });

  it.each(brokenFixtures)('names the file and a fix for every error in %s', (name) => {
    for (const issue of validateFixture(name)) {
      expect(issue.file).toBe(`${name}.xml`);
      expect(issue.message.length).toBeGreaterThan(10);
      expect(issue.fix.length).toBeGreaterThan(5);
    }
  });

  it('reports a missing local icon file for a localhost URL', () => {
    const text = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8').replace('/assets/icon-128.png', '/assets/icon-129.png');
    const issues = validateManifest(text, { file: 'manifest.xml', probeImage: probeLocalImage(ROOT) });
    expect(issues.map((issue) => [issue.rule, issue.path])).toEqual([['icon-file', '/OfficeApp/HighResolutionIconUrl']]);
  });

  it('warns about a declared resource nobody references', () => {
    const text = readFileSync(path.join(FIXTURES, 'valid.xml'), 'utf8').replace(
      '<bt:String id="Group.Label" DefaultValue="Contact Bridge" />',
      '<bt:String id="Group.Label" DefaultValue="Contact Bridge" />\n<bt:String id="Spare.Label" DefaultValue="Spare" />',
    );
    const issues = validateManifest(text, { file: 'valid.xml', probeImage: probeByFileName });
    expect(issues.map((issue) => [issue.severity, issue.rule])).toEqual([['warning', 'unused-resource']]);
  });
});

describe('validateManifest on text that is not a manifest', () => {
  it.each([
    ['an empty file', ''],
    ['plain text', 'not xml at all'],
    ['two root elements', '<OfficeApp/>\n<OfficeApp/>'],
  ])('reports %s as not well-formed, with a line', (_case, text) => {
    const issues = validateManifest(text, { file: 'broken.xml' });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.rule === 'well-formed-xml' && issue.line >= 1)).toBe(true);
  });

  it('reports a root element that is not OfficeApp', () => {
    const issues = validateManifest('<Manifest xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"/>', { file: 'other.xml' });
    expect(issues.map((issue) => issue.rule)).toEqual(['root-element']);
  });
});
