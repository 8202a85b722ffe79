// CSV text through papaparse: rows of cells to RFC 4180 text (fields with a comma, quote or line break quoted,
// quotes doubled, CRLF between records) and CSV text back to records keyed by header for import.
// Formula escaping happens before, in core (csvRowsOf), so this adapter stays mechanical.
import Papa from 'papaparse';

/** A UTF-8 byte order mark first, so spreadsheets and Outlook read non-Latin names as UTF-8. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return Papa.BYTE_ORDER_MARK + Papa.unparse(rows.map((row) => [...row]), { newline: '\r\n', quotes: false, escapeFormulae: false });
}

export interface CsvRecords {
  readonly headers: readonly string[];
  readonly records: readonly Record<string, string>[];
  /** Rows papaparse could not read cleanly, with its message (1-based row numbers after the header). */
  readonly problems: readonly { readonly row: number; readonly message: string }[];
}

/** Reads CSV text (a byte order mark is skipped) into records keyed by the header row's names. */
export function readCsv(text: string): CsvRecords {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  return {
    headers: result.meta.fields ?? [],
    records: result.data,
    problems: result.errors.map((error) => ({ row: (error.row ?? -1) + 1, message: error.message })),
  };
}

/** CSV text to rows of cells with the given delimiter, empty lines skipped (for import: see readCsvImport). */
export function parseCsvRows(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy', header: false }).data;
}
