// Parses manifest XML strictly: any well-formedness problem becomes an issue with its line number.
import { DOMParser } from '@xmldom/xmldom';
import type { Document } from '@xmldom/xmldom';
import { anError } from './manifest-issue.js';
import type { ManifestIssue } from './manifest-issue.js';

export interface ParsedManifest {
  readonly document: Document | undefined;
  readonly issues: ManifestIssue[];
}

interface Locator {
  lineNumber?: number;
}

function lineFrom(source: unknown): number {
  if (typeof source !== 'object' || source === null) return 0;
  const locator = (source as { locator?: Locator }).locator;
  return typeof locator?.lineNumber === 'number' ? locator.lineNumber : 0;
}

function wellFormedness(file: string, line: number, message: string): ManifestIssue {
  return anError(
    { file, line: Math.max(1, line), path: '/' },
    'well-formed-xml',
    `The XML is not well-formed: ${message}`,
    'Fix the XML syntax at this line (matching tags, quoted attributes, one root element, escaped & and <).',
  );
}

/** Returns the document when the XML is well-formed, otherwise no document and one issue per parser complaint. */
export function parseManifest(text: string, file: string): ParsedManifest {
  const issues: ManifestIssue[] = [];
  const parser = new DOMParser({
    onError: (_level, message, context: unknown) => {
      issues.push(wellFormedness(file, lineFrom(context), message));
    },
  });
  let document: Document | undefined;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!issues.some((issue) => issue.message.endsWith(message))) {
      issues.push(wellFormedness(file, lineFrom(error), message));
    } else if (issues.length > 0 && issues[issues.length - 1]?.line === 0) {
      const last = issues.pop();
      if (last) issues.push({ ...last, line: lineFrom(error) });
    }
    return { document: undefined, issues };
  }
  return { document: issues.length > 0 ? undefined : document, issues };
}
