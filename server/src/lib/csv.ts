import Papa from "papaparse";

/** A cell that a spreadsheet would run as a formula: it starts with = + - or @. */
export const FORMULA_START = /^[=+\-@]/;

/**
 * A CSV file: the header, then one line per row; RFC 4180 quoting, CRLF line ends, a last line
 * end. Spreadsheets run a cell that starts with = + - or @ as a formula, so such a cell is
 * prefixed with an apostrophe (what spreadsheets themselves do to keep text as text); every file
 * Rapport writes goes through here (question lists, the export's tables).
 */
export function toCsv(
  fields: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): string {
  const body = Papa.unparse(
    {
      fields: [...fields],
      data: rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell)))),
    },
    { newline: "\r\n", escapeFormulae: FORMULA_START },
  );
  return `${body}\r\n`;
}
