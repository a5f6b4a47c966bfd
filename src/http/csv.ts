import { csvField } from "../interchange/export-csv";

/**
 * CSV as Excel reads it (RFC 4180 quoting, CRLF lines, a UTF-8 byte-order mark so that Excel on
 * Chinese Windows does not take the file for GB18030). A cell that starts like a formula is prefixed
 * with an apostrophe: names come from the graph, and a spreadsheet must never run one (OWASP's
 * advice on CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  // RFC 4180 quoting is the researchers' export's (exact data for pandas and R); Excel also needs the guard.
  return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
