/**
 * CSV that opens cleanly in a spreadsheet: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order
 * mark (without it Excel reads UTF-8 as the local code page and mangles “Jürgen” or “张伟”), and a
 * guard against formula injection: a CRM page or a note can hold text like `=HYPERLINK(…)`, which a
 * spreadsheet would run as a formula (OWASP "CSV Injection").
 */
const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';
/**
 * What a spreadsheet takes for the start of a formula (OWASP: = + - @ tab CR), plus LF and the
 * full-width forms some spreadsheets normalise to the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * The field separator. RFC 4180 says comma; Excel in locales that write decimals with a comma
 * (German, French, …) splits on semicolons instead and would show a comma file as one column.
 */
export type CsvDelimiter = ',' | ';';

/** One cell: a leading formula character is disarmed with a `'`, then the cell is quoted if needed (RFC 4180 §2.6). */
export function csvCell(text: string, delimiter: CsvDelimiter = ','): string {
  const disarmed = FORMULA_START.test(text) ? `'${text}` : text;
  const needsQuotes = /["\r\n]/.test(disarmed) || disarmed.includes(delimiter);
  return needsQuotes ? `"${disarmed.replace(/"/g, '""')}"` : disarmed;
}

/** A whole file: the byte-order mark, then every row ended by CRLF. */
export function csvText(rows: ReadonlyArray<readonly string[]>, delimiter: CsvDelimiter = ','): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter) + LINE_END).join('');
}
