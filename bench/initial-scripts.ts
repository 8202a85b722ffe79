// Finds the JavaScript a page loads before its first paint: every <script src> and <link rel=modulepreload>
// served from the add-in's own origin. Scripts from other origins (office.js from Microsoft's CDN) and chunks
// loaded later by import() are not in the HTML, so they are not counted.

export interface InitialScript {
  /** The src or href exactly as written in the HTML. */
  readonly reference: string;
  /** Path of the file relative to the build output directory, e.g. `taskpane.1a2b3c4d.js`. */
  readonly file: string;
}

const SCRIPT_TAG = /<script\b([^>]*)>/gi;
const LINK_TAG = /<link\b([^>]*)>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The output file behind a reference, or undefined when it lives on another origin. */
function toOutputFile(reference: string, pageUrl: URL): string | undefined {
  const url = new URL(reference, pageUrl);
  if (url.origin !== pageUrl.origin) return undefined;
  const base = pageUrl.pathname.slice(0, pageUrl.pathname.lastIndexOf('/') + 1);
  const root = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\/+/, '');
  return decodeURIComponent(root);
}

/**
 * Lists the same-origin scripts of `html`, served at `pageUrl` (e.g. https://addin.example/taskpane.html),
 * script tags first, then module preloads, without duplicates.
 */
export function findInitialScripts(html: string, pageUrl: string): InitialScript[] {
  const page = new URL(pageUrl);
  const references: string[] = [];
  for (const match of html.matchAll(SCRIPT_TAG)) {
    const src = attribute(match[1] ?? '', 'src');
    if (src) references.push(src);
  }
  for (const match of html.matchAll(LINK_TAG)) {
    const attributes = match[1] ?? '';
    const href = attribute(attributes, 'href');
    if (href && attribute(attributes, 'rel')?.toLowerCase() === 'modulepreload') references.push(href);
  }
  const seen = new Set<string>();
  const scripts: InitialScript[] = [];
  for (const reference of references) {
    const file = toOutputFile(reference, page);
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    scripts.push({ reference, file });
  }
  return scripts;
}
