// Keeps the sender's own lines of a message: everything before the quoted history of a reply or
// forward, without ">"-quoted lines (which inline replies interleave with their own text).

import { isAttributionAt, isHeaderBlockAt, isOriginalMessageLine, isQuotedLine, isUnderscoreRule } from './reply-markers.js';

export interface OwnText {
  /** The sender's lines, in order, with their index in the input. */
  readonly lines: readonly { readonly text: string; readonly index: number }[];
  /** Index of the first line of quoted history, or the line count when there is none. */
  readonly historyStart: number;
}

function startsHistory(lines: readonly string[], i: number, hasOwnText: boolean): boolean {
  const line = lines[i] ?? '';
  if (isOriginalMessageLine(line) || isHeaderBlockAt(lines, i)) return true;
  if (isUnderscoreRule(line) && (isHeaderBlockAt(lines, i + 1) || isHeaderBlockAt(lines, i + 2))) return true;
  // An attribution at the very top introduces an inline reply: the sender's text follows the quotes.
  return hasOwnText && isAttributionAt(lines, i);
}

export function splitOwnText(lines: readonly string[]): OwnText {
  const own: { text: string; index: number }[] = [];
  let hasOwnText = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      own.push({ text: line, index: i });
      continue;
    }
    if (startsHistory(lines, i, hasOwnText)) return { lines: own, historyStart: i };
    if (isQuotedLine(line) || (!hasOwnText && isAttributionAt(lines, i))) continue;
    own.push({ text: line, index: i });
    hasOwnText = true;
  }
  return { lines: own, historyStart: lines.length };
}
