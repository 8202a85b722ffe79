// Locates the sender's signature among their own lines, searching up from the end within a
// bounded window: after a "-- " or rule line, after a sign-off ("Best regards", "Mit freundlichen
// Grüßen", "Saludos"…), else from a line naming the sender, else the last short paragraph.
// The block stops at a disclaimer, register footer or "Sent from my…" line.

import { endsSignature } from './disclaimers.js';
import { isSignOff } from './sign-offs.js';

/** Only this many non-empty lines from the end of the sender's text are searched. */
export const MAX_TAIL_LINES = 40;
/** A signature block holds at most this many non-empty lines. */
export const MAX_BLOCK_LINES = 20;
/** Lines longer than this are prose, not signature lines: they are left out of the block. */
export const MAX_BLOCK_LINE_CHARS = 300;
const MAX_FALLBACK_PARAGRAPH_LINES = 10;

export type BlockStart = 'separator' | 'sign-off' | 'name' | 'last-paragraph';

export interface SignatureBlock {
  /** Non-empty lines of the block, trimmed. */
  readonly lines: readonly string[];
  readonly via: BlockStart;
}

function isSeparator(line: string): boolean {
  const text = line.trim();
  if (text === '--' || text === '—' || text === '-- ') return true;
  return text.length >= 5 && text.length <= 120 && /^[-—–_=*~━─═・.]+$/u.test(text);
}

/** The non-empty lines from `start` up to the first line that ends a signature, capped. */
function blockFrom(lines: readonly string[], start: number): string[] {
  const block: string[] = [];
  for (let i = start; i < lines.length && block.length < MAX_BLOCK_LINES; i += 1) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    if (endsSignature(text)) break;
    if (text.length <= MAX_BLOCK_LINE_CHARS && !isSeparator(text)) block.push(text);
  }
  return block;
}

function windowStart(lines: readonly string[]): number {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    if ((lines[i] ?? '').trim() !== '') seen += 1;
    if (seen >= MAX_TAIL_LINES) return i;
  }
  return 0;
}

/** Lines above a name line in its paragraph that may belong to the signature (company, title). */
const MAX_LINES_ABOVE_NAME = 3;
const MAX_LINE_ABOVE_NAME_CHARS = 60;

/**
 * Where the signature starts when found by the sender's name: Japanese and Chinese signatures (and some
 * others) put the company and title above the name, in the same paragraph. Prose lines (ending in a
 * full stop, question or exclamation mark) are not taken.
 */
function paragraphHead(lines: readonly string[], nameLine: number, first: number): number {
  let start = nameLine;
  while (start - 1 >= Math.max(first, nameLine - MAX_LINES_ABOVE_NAME)) {
    const above = (lines[start - 1] ?? '').trim();
    if (above === '' || above.length > MAX_LINE_ABOVE_NAME_CHARS || /[.。!！?？:：]$/u.test(above) || isSignOff(above) || endsSignature(above)) break;
    start -= 1;
  }
  return start;
}

/** `isNameLine` tells whether a line names the sender (given by the caller from the headers). */
export function findSignatureBlock(lines: readonly string[], isNameLine: (line: string) => boolean): SignatureBlock | undefined {
  const first = windowStart(lines);
  for (let i = lines.length - 1; i >= first; i -= 1) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const via: BlockStart | undefined = isSeparator(line) ? 'separator' : isSignOff(line) ? 'sign-off' : undefined;
    if (via === undefined) continue;
    const block = blockFrom(lines, i + 1);
    if (block.length > 0) return { lines: block, via };
  }
  for (let i = lines.length - 1; i >= first; i -= 1) {
    const line = lines[i] ?? '';
    if (line !== '' && line.length <= 80 && !/[@\d]/u.test(line) && isNameLine(line)) return { lines: blockFrom(lines, paragraphHead(lines, i, first)), via: 'name' };
  }
  let start = lines.length;
  while (start > first && (lines[start - 1] ?? '').trim() === '') start -= 1;
  while (start > first && (lines[start - 1] ?? '').trim() !== '') start -= 1;
  const block = blockFrom(lines, start);
  return block.length > 0 && block.length <= MAX_FALLBACK_PARAGRAPH_LINES ? { lines: block, via: 'last-paragraph' } : undefined;
}
