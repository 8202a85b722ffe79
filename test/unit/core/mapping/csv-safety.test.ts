import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, isFormulaLike, unescapeFormula } from '../../../../src/core/mapping/csv-safety.js';

describe('escapeFormula', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1:A2)', "'+SUM(A1:A2)"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ['+1 (206) 555-0142 cmd', "'+1 (206) 555-0142 cmd"],
    ["'=1", "''=1"],
  ])('prefixes %j with a single quote', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
  });

  it.each([['John'], ['john.doe@fabrikam.example'], ['+1 (206) 555-0142'], ['+44 20 7946 0321'], ['Jean-Luc'], ["O'Connor"], ["'quoted"], ['']])(
    'leaves %j as it is',
    (cell) => {
      expect(escapeFormula(cell)).toBe(cell);
    },
  );

  it('never leaves a cell a spreadsheet would evaluate', () => {
    fc.assert(fc.property(fc.string(), (cell) => {
      expect(isFormulaLike(escapeFormula(cell))).toBe(false);
    }));
  });

  it('is undone by unescapeFormula for any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '1', 'a', ' ') }), (cell) => {
      expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
    }));
  });
});
