// A broken unified manifest fails offline validation with an error naming the JSON path, the rule and a fix.
import { describe, expect, it } from 'vitest';
import type { ImageProbe } from '../../../scripts/manifest/check-icons.js';
import { formatIssue } from '../../../scripts/manifest/manifest-issue.js';
import { packageFiles } from '../../../scripts/manifest/render-json-manifest.js';
import { validateJsonManifest } from '../../../scripts/manifest/validate-json-manifest.js';

const BASE = 'https://contoso.com/contact-bridge';
const [manifestFile, localizationFile] = packageFiles(BASE);
const GOOD = JSON.stringify(manifestFile?.json);
const LOCALIZATION = JSON.stringify(localizationFile?.json);
const sizes: Record<string, number> = { 'assets/icon-color-192.png': 192, 'assets/icon-outline-32.png': 32 };
const probeImage = (relative: string): ImageProbe => {
  const size = sizes[relative];
  return size === undefined ? { kind: 'missing', source: relative } : { kind: 'size', widthPx: size, heightPx: size, source: relative };
};

/** `localization` null: the localization file is absent. */
function validate(text: string, localization: string | null = LOCALIZATION): ReturnType<typeof validateJsonManifest> {
  return validateJsonManifest(text, { file: 'dist/manifest.json', readSibling: (relative) => (relative === 'de-de.json' ? (localization ?? undefined) : undefined), probeImage });
}

const REMOVE = Symbol('remove');
const MOBILE_ICONS = 'extensions.0.ribbons.2.tabs.0.customMobileRibbonGroups.0.controls.0.icons';

/** The value at a dotted path (`extensions.0.ribbons`) of a parsed JSON document. */
function at(document: unknown, dotted: string): unknown {
  return dotted === '' ? document : dotted.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], document);
}

/** The good manifest with the value at one dotted path replaced (or removed). */
function broken(dotted: string, value: unknown): string {
  const manifest: unknown = JSON.parse(GOOD);
  const keys = dotted.split('.');
  const last = keys.pop() ?? '';
  const parent = at(manifest, keys.join('.') || '') as Record<string, unknown>;
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return JSON.stringify(manifest);
}

describe('validateJsonManifest', () => {
  it('accepts the rendered manifest with its localization file and icons', () => {
    expect(validate(GOOD)).toEqual([]);
  });

  it.each([
    ['a context Outlook does not know', 'extensions.0.ribbons.2.contexts', ['mailReading'], '/extensions/0/ribbons/2/contexts/0', 'json-schema:enum', /allowed values/],
    ['a missing privacy page', 'developer.privacyUrl', REMOVE, '/developer', 'json-schema:required', /privacyUrl/],
    ['a short name over 30 characters', 'name.short', 'Contact Bridge for every Outlook', '/name/short', 'json-schema:maxLength', /30 characters/],
    ['a mobile button with eight icons', MOBILE_ICONS, (at(JSON.parse(GOOD), MOBILE_ICONS) as unknown[]).slice(1), `/${MOBILE_ICONS.replace(/\./g, '/')}`, 'json-schema:minItems', /fewer than 9/],
    ['a property the schema does not define', 'extensions.0.runtimes.0.pinned', true, '/extensions/0/runtimes/0', 'json-schema:additionalProperties', /"pinned"/],
    ['a $schema of another version', '$schema', 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json', '/$schema', 'schema-url', /not the schema of manifestVersion 1\.24/],
    ['a manifest version with no vendored schema', 'manifestVersion', '1.99', '/manifestVersion', 'schema-version', /vendored here are for 1\.24/],
    ['a color icon of the wrong size', 'icons.color', 'assets/icon-outline-32.png', '/icons/color', 'icon-size', /32x32 px; it must be 192x192/],
  ])('reports %s at its path', (_case, dotted, value, path, rule, message) => {
    const issues = validate(broken(dotted, value));
    expect(issues.map((issue) => [issue.path, issue.rule])).toContainEqual([path, rule]);
    const issue = issues.find((candidate) => candidate.path === path && candidate.rule === rule);
    expect(issue?.message).toMatch(message);
    expect(issue && formatIssue(issue)).toBe(`dist/manifest.json error [${rule}] ${path}: ${issue?.message}\n    fix: ${issue?.fix}`);
  });

  it('reports text that is not JSON', () => {
    expect(validate('{ "id": ').map((issue) => issue.rule)).toEqual(['json-syntax']);
  });

  it('reports a missing localization file, and a broken one at its own path', () => {
    expect(validate(GOOD, null).map((issue) => [issue.path, issue.rule])).toEqual([['/localizationInfo/additionalLanguages/0/file', 'localization-file']]);
    const long = JSON.stringify({ ...JSON.parse(LOCALIZATION) as object, 'description.short': 'x'.repeat(81) });
    expect(validate(GOOD, long).map((issue) => [issue.file, issue.path, issue.rule])).toEqual([['dist/manifest.json → de-de.json', '/description.short', 'json-schema:maxLength']]);
  });
});
