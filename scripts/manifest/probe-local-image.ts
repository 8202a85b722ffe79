// Finds the local file behind an icon URL (…/assets/<name> → <manifest dir>/assets/<name>) and reads its PNG size,
// so icons are checked for the dev manifest (repo assets/) and the production one (dist/assets/).
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ImageProbe, ProbeImage } from './check-icons.js';
import { PNG_HEADER_BYTES, readPngSize } from './read-png-size.js';

const ASSETS_SEGMENT = '/assets/';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function readHeader(file: string): Uint8Array {
  const bytes = new Uint8Array(PNG_HEADER_BYTES);
  const handle = openSync(file, 'r');
  try {
    const count = readSync(handle, bytes, 0, PNG_HEADER_BYTES, 0);
    return bytes.subarray(0, count);
  } finally {
    closeSync(handle);
  }
}

/** A probe that reads icons from `<manifestDir>/assets/`; URLs elsewhere on a public host count as remote. */
export function probeLocalImage(manifestDir: string): ProbeImage {
  return (url: string): ImageProbe => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { kind: 'remote' };
    }
    const at = parsed.pathname.lastIndexOf(ASSETS_SEGMENT);
    const isLocalHost = LOCAL_HOSTS.has(parsed.hostname);
    if (at < 0) return isLocalHost ? { kind: 'missing', source: `no assets/ path in ${parsed.pathname}` } : { kind: 'remote' };
    const relative = decodeURIComponent(parsed.pathname.slice(at + ASSETS_SEGMENT.length));
    const file = path.join(manifestDir, 'assets', ...relative.split('/'));
    const source = path.relative(process.cwd(), file) || file;
    if (!existsSync(file)) return isLocalHost ? { kind: 'missing', source } : { kind: 'remote' };
    const size = readPngSize(readHeader(file));
    return size ? { kind: 'size', ...size, source } : { kind: 'unreadable', source, reason: 'no PNG signature and IHDR header' };
  };
}
