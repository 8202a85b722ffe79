// HTTPS-only URLs: every URL the manifest declares (icons, support page, source locations, resources and
// their locale overrides) must be an absolute https: URL, and each <AppDomain> an https origin.
import type { Element } from '@xmldom/xmldom';
import { anError } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';
import { allElements, attributeOf, locate, nameOf, parentElement, textOf } from './xml-nodes.js';

export const MAX_URL_CHARS = 2048;
/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_ELEMENTS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'Image', 'Url']);

type Report = (element: Element, rule: string, message: string, fix: string) => void;

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function checkUrl(report: Report, element: Element, what: string, value: string): void {
  const url = parseUrl(value);
  if (url === undefined) {
    report(element, 'absolute-url', `${what} "${value}" is not an absolute URL.`, 'Use a full https:// URL.');
    return;
  }
  if (url.protocol !== 'https:') {
    report(element, 'https-url', `${what} "${value}" uses ${url.protocol.replace(':', '')}; Office requires HTTPS.`, `Serve it over HTTPS and write https://${url.host}${url.pathname}.`);
  }
  if (value.length > MAX_URL_CHARS) {
    report(element, 'max-length', `${what} is ${value.length} characters long; the limit is ${MAX_URL_CHARS}.`, 'Use a shorter URL.');
  }
}

/** A URL-valued element: one in URL_ELEMENTS that carries DefaultValue (a resid-only SourceLocation or Image is a reference). */
function isUrlElement(element: Element): boolean {
  return URL_ELEMENTS.has(nameOf(element)) && element.hasAttribute('DefaultValue');
}

function checkAppDomain(report: Report, element: Element): void {
  const value = textOf(element);
  const url = parseUrl(value);
  if (url === undefined) {
    report(element, 'app-domain', `<AppDomain> "${value}" is not a URL with a protocol.`, 'Write the origin with its protocol, e.g. https://contoso.com.');
    return;
  }
  if (url.protocol !== 'https:') {
    report(element, 'https-url', `<AppDomain> "${value}" uses ${url.protocol.replace(':', '')}; this project serves everything over HTTPS.`, `Use https://${url.host}.`);
  }
  if (value.includes('*')) {
    report(element, 'app-domain', `<AppDomain> "${value}" contains a wildcard.`, 'List each domain explicitly.');
  } else if (value.endsWith('/') || url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    report(element, 'app-domain', `<AppDomain> "${value}" has a path or a trailing slash.`, `Use the origin only: ${url.origin}.`);
  }
}

/** Checks every URL value in the manifest. */
export function checkUrls(root: Element, file: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const report: Report = (element, rule, message, fix) => issues.push(anError(locate(file, element), rule, message, fix));
  for (const element of allElements(root)) {
    const name = nameOf(element);
    if (name === 'AppDomain') {
      checkAppDomain(report, element);
    } else if (isUrlElement(element)) {
      checkUrl(report, element, `<${name}> DefaultValue`, attributeOf(element, 'DefaultValue') ?? '');
    } else if (name === 'Override' && isUrlElement(parentElement(element) ?? element) && element.hasAttribute('Value')) {
      const parentName = nameOf(parentElement(element) ?? element);
      checkUrl(report, element, `<${parentName}> override for ${attributeOf(element, 'Locale') ?? '?'}`, attributeOf(element, 'Value') ?? '');
    }
  }
  return issues;
}
