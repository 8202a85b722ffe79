// The app package an admin uploads in the Microsoft 365 admin center (Integrated apps) or a user adds in Teams
// or Outlook: a zip of manifest.json at its root with the files it names (localization files, color and outline
// icons), after learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';

export interface PackageEntry {
  readonly path: string;
  readonly bytes: Buffer;
}

export class PackageError extends Error {}

/** The paths manifest.json names: its localization files and its two icons, relative to its folder. */
export function filesNamedBy(manifest: Record<string, unknown>): string[] {
  const icons = (manifest.icons ?? {}) as Record<string, unknown>;
  const info = (manifest.localizationInfo ?? {}) as { defaultLanguageFile?: unknown; additionalLanguages?: Array<{ file?: unknown }> };
  const named = [info.defaultLanguageFile, ...(info.additionalLanguages ?? []).map((language) => language.file), icons.color, icons.outline];
  return named.filter((value): value is string => typeof value === 'string');
}

/** Reads manifest.json in `dir` and every file it names; a missing file is a PackageError naming it. */
export function collectPackage(dir: string): PackageEntry[] {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new PackageError(`${manifestFile} does not exist: run npm run build first (with ADDIN_BASE_URL and CLIENT_ID).`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  const entries = filesNamedBy(manifest).map((relative) => {
    if (path.isAbsolute(relative) || relative.split('/').includes('..')) throw new PackageError(`manifest.json names ${relative}, which is not a path inside the package.`);
    const file = path.join(dir, ...relative.split('/'));
    if (!existsSync(file)) throw new PackageError(`manifest.json names ${relative}, but ${file} does not exist.`);
    return { path: relative, bytes: readFileSync(file) };
  });
  return [{ path: 'manifest.json', bytes: readFileSync(manifestFile) }, ...entries];
}

/** The zip of the entries, each at its path. */
export function zipPackage(entries: readonly PackageEntry[]): Buffer {
  const zip = new AdmZip();
  for (const entry of entries) zip.addFile(entry.path, entry.bytes);
  return zip.toBuffer();
}
