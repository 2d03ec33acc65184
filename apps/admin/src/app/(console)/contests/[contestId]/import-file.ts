/**
 * How many rows a CSV file has under its header, said while the server checks it: its non-empty
 * lines but the first (a line break inside a quoted cell counts one more).
 */
export const csvRowCount = (csv: string): number =>
  Math.max(0, csv.split(/\r\n|\r|\n/).filter((line) => line.trim()).length - 1);
