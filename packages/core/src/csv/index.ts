// A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
const cell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** One CSV line (RFC 4180, CRLF), with cells a spreadsheet will not run as formulas. */
export const csvLine = (values: readonly string[]) => `${values.map(cell).join(',')}\r\n`;
