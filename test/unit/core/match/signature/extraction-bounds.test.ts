import { describe, expect, it } from 'vitest';
import { extractSignature, MAX_TEXT_CHARS } from '../../../../../src/core/match/signature/extract-signature.js';
import { MAX_BLOCK_LINES } from '../../../../../src/core/match/signature/find-signature-block.js';
import { htmlToText } from '../../../../../src/core/match/signature/html-to-text.js';

const KB = 1024;
const SIZE = 200 * KB;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// Bodies built to hit the worst case of each step: tag and entity scanning, trailing-anchored
// patterns, header look-ahead, sign-off and separator search, long tokens.
const PATHOLOGICAL: [string, 'text' | 'html', string][] = [
  ['a flood of <', 'html', fill('<')],
  ['an unterminated attribute quote', 'html', `<a href="${fill('x>')}`],
  ['ampersands without references', 'html', fill('&&a')],
  ['deeply nested blockquotes', 'html', `${fill('<blockquote>')}text`],
  ['cell separators without end', 'html', `${fill('<td>|</td>')}x`],
  ['an unclosed comment', 'html', `<!--${fill('-')}`],
  ['one huge line of digits', 'text', fill('1 2 3 ')],
  ['one huge line of punctuation', 'text', `${fill('.,!')}x`],
  ['quoted lines only', 'text', fill('> quoted text\n')],
  ['From lines without headers', 'text', fill('From: someone\n')],
  ['attribution lines', 'text', fill('On Monday Ann wrote:\n')],
  ['sign-offs everywhere', 'text', fill('Best regards,\n')],
  ['separators everywhere', 'text', fill('-----\n')],
  ['a domain-shaped token', 'text', `Regards,\n${fill('a.')}`],
  ['an address-shaped token', 'text', `Regards,\n${fill('a@')}`],
  ['postal-code-shaped words', 'text', `Regards,\n${fill('12345 Aaaa ')}`],
  ['empty lines after a sign-off', 'text', `Regards,\n${fill('\n')}Ann`],
];

describe('signature extraction bounds', () => {
  it.each(PATHOLOGICAL)('handles %s within the caps', (_name, bodyType, body) => {
    const started = performance.now();
    const result = extractSignature({ body, bodyType, senderName: 'Ann Lee', senderAddress: 'ann@acme.test', defaultCountry: 'US' });
    const elapsed = performance.now() - started;
    expect(result.stats.inputChars).toBeGreaterThanOrEqual(SIZE);
    expect(result.stats.textChars).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(result.stats.blockLines).toBeLessThanOrEqual(MAX_BLOCK_LINES);
    expect(result.suggestions.length).toBeLessThanOrEqual(MAX_BLOCK_LINES * 4);
    // Generous: a quadratic step on 200 KB takes tens of seconds; linear work takes milliseconds.
    expect(elapsed).toBeLessThan(2_000);
  });

  it('converts HTML in time proportional to its size', () => {
    // Counting, not timing: the output of a body twice as long is at most twice as long.
    const unit = '<div><b>Ann</b> &amp; co<br><span>line</span></div>';
    const one = htmlToText(unit.repeat(1_000)).length;
    const two = htmlToText(unit.repeat(2_000)).length;
    expect(two).toBeLessThanOrEqual(2 * one + 1);
  });
});
