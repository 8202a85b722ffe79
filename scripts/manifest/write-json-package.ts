// Writes the unified manifest's package files into a folder (dist/ in a build): manifest.json, its localization
// files, and the two package icons copied from assets/ to the paths manifest.json names.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImageProbe } from './check-icons.js';
import type { ManifestIssue } from './manifest-issue.js';
import { PNG_HEADER_BYTES, readPngSize } from './read-png-size.js';
import { packageFiles } from './render-json-manifest.js';
import { validateJsonManifest } from './validate-json-manifest.js';

/** Writes every package file for `baseUrl` below `outDir` (icons from `root`/assets) and returns their paths. */
export function writeJsonPackage(root: string, outDir: string, baseUrl: string): string[] {
  return packageFiles(baseUrl).map((file) => {
    const target = path.join(outDir, ...file.path.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    if (file.json) writeFileSync(target, `${JSON.stringify(file.json, null, 2)}\n`);
    else if (file.asset && path.resolve(root, file.asset) !== target) copyFileSync(path.join(root, file.asset), target);
    return target;
  });
}

/** What is known about a package icon given by its path relative to the manifest's folder. */
function probeRelative(dir: string): (relative: string) => ImageProbe {
  return (relative) => {
    const file = path.join(dir, ...relative.split('/'));
    if (!existsSync(file)) return { kind: 'missing', source: file };
    const size = readPngSize(readFileSync(file).subarray(0, PNG_HEADER_BYTES));
    return size ? { kind: 'size', ...size, source: file } : { kind: 'unreadable', source: file, reason: 'no PNG signature and IHDR header' };
  };
}

/** Validates a manifest.json on disk together with the localization files and icons beside it. */
export function validateJsonManifestFile(file: string, label: string): ManifestIssue[] {
  const dir = path.dirname(file);
  const readSibling = (relative: string): string | undefined => {
    const sibling = path.join(dir, ...relative.split('/'));
    return existsSync(sibling) ? readFileSync(sibling, 'utf8') : undefined;
  };
  return validateJsonManifest(readFileSync(file, 'utf8'), { file: label, readSibling, probeImage: probeRelative(dir) });
}
