// Offline validation of a unified manifest (manifest.json) against the published JSON schema of the manifest
// version it declares, vendored in scripts/manifest/schema/, plus its localization files and its two package
// icons (color 192 px, outline 32 px). Issues use the XML validator's shape and name the JSON path at fault.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ImageProbe } from './check-icons.js';
import { anError } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';

const SCHEMA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema');
/** Manifest versions whose schema is vendored (scripts/manifest/schema/README.md names each source URL). */
export const VENDORED_MANIFEST_VERSIONS = ['1.24'] as const;
const PACKAGE_ICON_PX = { color: 192, outline: 32 } as const;

export interface JsonValidateOptions {
  readonly file: string;
  /** Reads a file the manifest names (a localization file), relative to the manifest; undefined when absent. */
  readonly readSibling?: (relative: string) => string | undefined;
  /** Tells the size of a package icon, relative to the manifest. */
  readonly probeImage?: (relative: string) => ImageProbe;
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(schemaFile: string): ValidateFunction {
  const cached = compiled.get(schemaFile);
  if (cached) return cached;
  // strict: false: the published schemas use keywords that draft-04 does not define; unicodeRegExp: false: the
  // localization schema's patterns (`\]` outside a class) are valid only without the regular expression u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(SCHEMA_DIR, schemaFile), 'utf8')) as object);
  compiled.set(schemaFile, validate);
  return validate;
}

/** One schema error as an issue: the JSON path (`/extensions/0/ribbons/1/contexts/0`), what is wrong and the fix. */
function schemaIssue(file: string, error: ErrorObject): ManifestIssue {
  const at = error.instancePath === '' ? '/' : error.instancePath;
  const params = error.params as Record<string, unknown>;
  const detail =
    error.keyword === 'additionalProperties' ? ` ("${String(params.additionalProperty)}")`
    : error.keyword === 'enum' ? ` (${JSON.stringify(params.allowedValues)})`
    : '';
  return anError({ file, line: 0, path: at }, `json-schema:${error.keyword}`, `${error.message ?? 'is invalid'}${detail}.`, 'Correct the value at this path in scripts/manifest/addin-declaration.ts or its renderer, then rebuild.');
}

function parse(text: string, file: string): { value?: Record<string, unknown>; issue?: ManifestIssue } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { value: value as Record<string, unknown> };
    return { issue: anError({ file, line: 0, path: '/' }, 'json-syntax', 'The manifest is not a JSON object.', 'Write the manifest as one JSON object.') };
  } catch (error) {
    return { issue: anError({ file, line: 0, path: '/' }, 'json-syntax', `Not valid JSON: ${(error as Error).message}.`, 'Fix the JSON syntax.') };
  }
}

function checkSchema(manifest: Record<string, unknown>, file: string): ManifestIssue[] {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string' || !(VENDORED_MANIFEST_VERSIONS as readonly string[]).includes(version)) {
    const message = `manifestVersion is ${JSON.stringify(version)}; the schemas vendored here are for ${VENDORED_MANIFEST_VERSIONS.join(', ')}.`;
    return [anError({ file, line: 0, path: '/manifestVersion' }, 'schema-version', message, 'Declare a vendored version, or vendor that version\'s schema into scripts/manifest/schema/.')];
  }
  const issues: ManifestIssue[] = [];
  const expected = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== expected) {
    issues.push(anError({ file, line: 0, path: '/$schema' }, 'schema-url', `$schema is ${JSON.stringify(manifest.$schema)}, not the schema of manifestVersion ${version}.`, `Set "$schema": "${expected}".`));
  }
  const validate = validatorFor(`MicrosoftTeams.v${version}.schema.json`);
  if (!validate(manifest)) issues.push(...(validate.errors ?? []).map((error) => schemaIssue(file, error)));
  return issues;
}

function checkLocalizations(manifest: Record<string, unknown>, options: JsonValidateOptions): ManifestIssue[] {
  const info = manifest.localizationInfo as { additionalLanguages?: Array<{ file?: unknown }> } | undefined;
  const version = String(manifest.manifestVersion);
  return (info?.additionalLanguages ?? []).flatMap((language, index) => {
    const relative = typeof language.file === 'string' ? language.file : '';
    const where = { file: options.file, line: 0, path: `/localizationInfo/additionalLanguages/${index}/file` };
    const text = options.readSibling?.(relative);
    if (text === undefined) return [anError(where, 'localization-file', `The localization file "${relative}" is missing.`, 'Ship it beside manifest.json.')];
    const label = `${options.file} → ${relative}`;
    const parsed = parse(text, label);
    if (!parsed.value) return parsed.issue ? [parsed.issue] : [];
    const validate = validatorFor(`MicrosoftTeams.Localization.v${version}.schema.json`);
    return validate(parsed.value) ? [] : (validate.errors ?? []).map((error) => schemaIssue(label, error));
  });
}

function checkPackageIcons(manifest: Record<string, unknown>, options: JsonValidateOptions): ManifestIssue[] {
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const probe = options.probeImage;
  if (!probe) return [];
  return (Object.keys(PACKAGE_ICON_PX) as Array<keyof typeof PACKAGE_ICON_PX>).flatMap((kind) => {
    const relative = icons[kind];
    if (typeof relative !== 'string') return [];
    const expected = PACKAGE_ICON_PX[kind];
    const found = probe(relative);
    const where = { file: options.file, line: 0, path: `/icons/${kind}` };
    if (found.kind === 'missing' || found.kind === 'unreadable') return [anError(where, 'icon-file', `The ${kind} icon ${relative} is missing or not a PNG (${found.source}).`, 'Render the icons: npx tsx scripts/render-icons.ts.')];
    if (found.kind === 'size' && (found.widthPx !== expected || found.heightPx !== expected)) {
      return [anError(where, 'icon-size', `The ${kind} icon ${relative} is ${found.widthPx}x${found.heightPx} px; it must be ${expected}x${expected} px.`, `Point it at a ${expected}x${expected} px PNG.`)];
    }
    return [];
  });
}

/** Validates manifest.json text; an empty list means it passes. */
export function validateJsonManifest(text: string, options: JsonValidateOptions): ManifestIssue[] {
  const parsed = parse(text, options.file);
  if (!parsed.value) return parsed.issue ? [parsed.issue] : [];
  const schemaIssues = checkSchema(parsed.value, options.file);
  if (schemaIssues.some((issue) => issue.rule === 'schema-version')) return schemaIssues;
  return [...schemaIssues, ...checkLocalizations(parsed.value, options), ...checkPackageIcons(parsed.value, options)];
}
