// The offline manifest validator: well-formed XML, then values, required attributes, structure, URLs, commands,
// resources and icons.
import { checkAttributes } from './check-attributes.js';
import { checkCommands } from './check-commands.js';
import { checkIcons } from './check-icons.js';
import type { ProbeImage } from './check-icons.js';
import { checkResources } from './check-resources.js';
import { checkStructure } from './check-structure.js';
import { checkUrls } from './check-urls.js';
import { checkValues } from './check-values.js';
import { sortIssues } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';
import { parseManifest } from './parse-manifest.js';

export interface ValidateOptions {
  /** Name used in every issue (a path relative to the project is easiest to read). */
  readonly file: string;
  /** Tells what is known about an image URL; defaults to "remote" (size not checked). */
  readonly probeImage?: ProbeImage;
}

const NO_PROBE: ProbeImage = () => ({ kind: 'remote' });

/** Validates manifest text; returns every issue found, sorted by line. An empty list means the manifest passes. */
export function validateManifest(text: string, options: ValidateOptions): ManifestIssue[] {
  const { file } = options;
  const parsed = parseManifest(text, file);
  const root = parsed.document?.documentElement;
  if (!root) return sortIssues(parsed.issues);
  return sortIssues([
    ...checkValues(root, file),
    ...checkAttributes(root, file),
    ...checkStructure(root, file),
    ...checkUrls(root, file),
    ...checkCommands(root, file),
    ...checkResources(root, file),
    ...checkIcons(root, file, options.probeImage ?? NO_PROBE),
  ]);
}
