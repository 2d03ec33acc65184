import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { uuid } from './common.ts';
import {
  isHandle,
  networkOfLink,
  normaliseHandle,
  aNetwork,
  type SocialNetwork,
  socialPost,
} from './contests.ts';

// Entries exported by a social tool (a listening tool, a hashtag export), read from CSV. The
// columns are found by their header, in any order, under the names such tools use; every bad row
// is reported with its line, and a file with any bad row imports nothing.

/** An entry of the file, normalised as the portal's entries are. */
export type ImportedEntry = {
  /** The file's line the row starts on (the header is line 1). */
  line: number;
  network: SocialNetwork;
  postUrl: string;
  handle: string;
  email: string | null;
};

export type ImportProblem = { line: number; message: string };

export type ParsedImport = {
  entries: ImportedEntry[];
  problems: ImportProblem[];
  /** Rows naming a post already in the file: merged into its first row. */
  duplicates: number;
};

export const MAX_IMPORT_ROWS = 50_000;

const COLUMNS = {
  network: ['network', 'platform', 'source', 'channel', 'réseau', 'reseau'],
  postUrl: ['post_url', 'post url', 'url', 'link', 'permalink', 'post link', 'lien'],
  handle: ['handle', 'username', 'user', 'author', 'author handle', 'account', 'pseudo'],
  email: ['email', 'e-mail', 'mail', 'courriel'],
} as const;

type Column = keyof typeof COLUMNS;

const NETWORKS: Record<string, SocialNetwork> = {
  instagram: 'INSTAGRAM',
  ig: 'INSTAGRAM',
  facebook: 'FACEBOOK',
  fb: 'FACEBOOK',
  meta: 'FACEBOOK',
  tiktok: 'TIKTOK',
  tt: 'TIKTOK',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Which column holds what, from the header; the columns it lacks are named. */
const columnsOf = (header: string[]) => {
  const names = header.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/^\ufeff/, ''),
  );
  const index = Object.fromEntries(
    (Object.keys(COLUMNS) as Column[]).map((column) => [
      column,
      names.findIndex((name) => (COLUMNS[column] as readonly string[]).includes(name)),
    ]),
  ) as Record<Column, number>;
  return index;
};

const rowOf = (
  cells: string[],
  line: number,
  at: Record<Column, number>,
): ImportedEntry | ImportProblem => {
  const cell = (column: Column) => (at[column] >= 0 ? (cells[at[column]] ?? '').trim() : '');
  const link = cell('postUrl');
  if (!link) return { line, message: 'No post link' };
  const named = cell('network').toLowerCase();
  const network = named ? NETWORKS[named] : networkOfLink(link);
  if (!network)
    return {
      line,
      message: named ? `Unknown network "${cell('network')}"` : `Not a post link: ${link}`,
    };
  const post = socialPost(network, link);
  if (!post) {
    const other = networkOfLink(link);
    return {
      line,
      message:
        other && other !== network
          ? `Not ${aNetwork(network)} post (${aNetwork(other)} link): ${link}`
          : `Not ${aNetwork(network)} post link: ${link}`,
    };
  }
  const handle = normaliseHandle(cell('handle')) || post.author || '';
  if (!handle) return { line, message: 'No handle' };
  if (!isHandle(network, handle))
    return { line, message: `Not ${aNetwork(network)} username: ${cell('handle')}` };
  const email = cell('email').toLowerCase();
  if (email && !EMAIL.test(email)) return { line, message: `Not an email address: ${email}` };
  return { line, network, postUrl: post.url, handle, email: email || null };
};

/**
 * Reads a social tool's CSV: each row's network (named, or read from the link), post link
 * (normalised), handle (or the link's author) and email. Rows naming a post already in the file
 * are merged into the first; bad rows are listed with their line.
 */
export const parseEntryImport = (csv: string): ParsedImport => {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it was read (its type does not say so).
    records = parse(csv, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      delimiter: [',', ';', '\t'],
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return {
      entries: [],
      problems: [{ line, message: `Not a CSV file: ${(error as Error).message}` }],
      duplicates: 0,
    };
  }
  const [header, ...rows] = records;
  if (!header)
    return { entries: [], problems: [{ line: 1, message: 'The file is empty' }], duplicates: 0 };
  const at = columnsOf(header.record);
  if (at.postUrl < 0)
    return {
      entries: [],
      problems: [
        { line: 1, message: `No post link column (one of: ${COLUMNS.postUrl.join(', ')})` },
      ],
      duplicates: 0,
    };
  if (rows.length > MAX_IMPORT_ROWS)
    return {
      entries: [],
      problems: [
        { line: 1, message: `At most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows a file` },
      ],
      duplicates: 0,
    };
  const entries: ImportedEntry[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const { record, info } of rows) {
    const row = rowOf(record, info.lines, at);
    if ('message' in row) problems.push(row);
    else if (seen.has(`${row.network} ${row.postUrl}`)) duplicates++;
    else {
      seen.add(`${row.network} ${row.postUrl}`);
      entries.push(row);
    }
  }
  return { entries, problems, duplicates };
};

/** A social tool's export, previewed (nothing saved) or imported. */
export const contestImportInput = z.object({
  contestId: uuid,
  csv: z
    .string()
    .min(1, 'Choose a CSV file')
    .max(8_000_000, 'The file is too large (8 MB at most)'),
  preview: z.boolean().default(true),
});
