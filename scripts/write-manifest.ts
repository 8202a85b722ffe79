// `npm run manifest`: writes manifest.xml, the development rendering of scripts/manifest/addin-declaration.ts
// (every URL at https://localhost:3000). A unit test fails when the committed file differs from the declaration.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_BASE_URL } from './manifest/find-localhost.js';
import { renderXmlManifest } from './manifest/render-xml-manifest.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

writeFileSync(path.join(ROOT, 'manifest.xml'), renderXmlManifest(DEV_BASE_URL));
console.log('wrote manifest.xml from scripts/manifest/addin-declaration.ts');
