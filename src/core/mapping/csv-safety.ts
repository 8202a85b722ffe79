// Spreadsheet formula injection guard for CSV cells (OWASP "CSV Injection"): a cell that a spreadsheet would
// read as a formula is prefixed with a single quote on export, and the quote is taken off again on import.

/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (OWASP CSV Injection). */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * A phone number in international form ("+1 (206) 555-0142", or several joined by Google's " ::: ") starts
 * with "+" but holds no letter, so a spreadsheet evaluating it can call no function (HYPERLINK, WEBSERVICE,
 * DDE); a quote in front of it would end up in the phone field of every contact Outlook or Google imports.
 */
const PLAIN_PHONE = /^\+[0-9][0-9 ().\-/:+]*$/;

/** True when a spreadsheet would evaluate `cell` as a formula. */
export function isFormulaLike(cell: string): boolean {
  return FORMULA_TRIGGER.test(cell) && !PLAIN_PHONE.test(cell);
}

/**
 * True for formula-like text behind any number of single quotes: such a cell gets one more quote, so that
 * text that really starts with a quote (`'=`) still reads back as written.
 */
function needsQuote(cell: string): boolean {
  return isFormulaLike(cell.replace(/^'+/, ''));
}

/** The cell as written to a CSV file: formula-like text gets a leading single quote. */
export function escapeFormula(cell: string): string {
  return needsQuote(cell) ? `'${cell}` : cell;
}

/** The inverse of `escapeFormula`: one leading single quote in front of formula-like text is removed. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && needsQuote(cell) ? cell.slice(1) : cell;
}
