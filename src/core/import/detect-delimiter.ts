// Which delimiter a CSV file uses: comma (RFC 4180), semicolon (spreadsheets in locales with a decimal
// comma) or tab, read from the header row (counted outside quotes): the one that occurs most there.

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** The first record's text (up to the first line break outside quotes). */
function headerLine(text: string): string {
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') quoted = !quoted;
    else if ((char === '\n' || char === '\r') && !quoted) return text.slice(0, index);
  }
  return text;
}

/** The delimiter of the header row; undefined when it has none (a single column: not a contacts CSV). */
export function detectDelimiter(text: string): CsvDelimiter | undefined {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of headerLine(text)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, (counts.get(char as CsvDelimiter) ?? 0) + 1);
  }
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [',', 0];
  return count === 0 ? undefined : best;
}
