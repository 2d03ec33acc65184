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

/** What is wrong with a row (or the file, on line 1), for each app to say in its language. */
export type ImportProblemKind =
  | 'notCsv'
  | 'empty'
  | 'noLinkColumn'
  | 'tooManyRows'
  | 'noLink'
  | 'unknownNetwork'
  | 'notALink'
  | 'otherNetwork'
  | 'notAPost'
  | 'noHandle'
  | 'notAHandle'
  | 'notAnEmail';

export type ImportProblem = {
  line: number;
  problem: ImportProblemKind;
  /** The cell at fault, as written. */
  value?: string;
  network?: SocialNetwork;
  /** The network a link of another one is on. */
  other?: SocialNetwork;
  /** In English, as the API answers it. */
  message: string;
};

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

type Problem = Omit<ImportProblem, 'message' | 'line'>;

const messageOf = ({ problem, value, network, other }: Problem): string => {
  switch (problem) {
    case 'notCsv':
      return `Not a CSV file: ${value}`;
    case 'empty':
      return 'The file is empty';
    case 'noLinkColumn':
      return `No post link column (one of: ${COLUMNS.postUrl.join(', ')})`;
    case 'tooManyRows':
      return `At most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows a file`;
    case 'noLink':
      return 'No post link';
    case 'unknownNetwork':
      return `Unknown network "${value}"`;
    case 'notALink':
      return `Not a post link: ${value}`;
    case 'otherNetwork':
      return `Not ${aNetwork(network!)} post (${aNetwork(other!)} link): ${value}`;
    case 'notAPost':
      return `Not ${aNetwork(network!)} post link: ${value}`;
    case 'noHandle':
      return 'No handle';
    case 'notAHandle':
      return `Not ${aNetwork(network!)} username: ${value}`;
    case 'notAnEmail':
      return `Not an email address: ${value}`;
  }
};

const problemAt = (line: number, problem: Problem): ImportProblem => ({
  line,
  ...problem,
  message: messageOf(problem),
});

const rowOf = (
  cells: string[],
  at: Record<Column, number>,
): Omit<ImportedEntry, 'line'> | Problem => {
  const cell = (column: Column) => (at[column] >= 0 ? (cells[at[column]] ?? '').trim() : '');
  const link = cell('postUrl');
  if (!link) return { problem: 'noLink' };
  const named = cell('network').toLowerCase();
  const network = named ? NETWORKS[named] : networkOfLink(link);
  if (!network)
    return named
      ? { problem: 'unknownNetwork', value: cell('network') }
      : { problem: 'notALink', value: link };
  const post = socialPost(network, link);
  if (!post) {
    const other = networkOfLink(link);
    return other && other !== network
      ? { problem: 'otherNetwork', value: link, network, other }
      : { problem: 'notAPost', value: link, network };
  }
  const handle = normaliseHandle(cell('handle')) || post.author || '';
  if (!handle) return { problem: 'noHandle' };
  if (!isHandle(network, handle)) return { problem: 'notAHandle', value: cell('handle'), network };
  const email = cell('email').toLowerCase();
  if (email && !EMAIL.test(email)) return { problem: 'notAnEmail', value: email };
  return { network, postUrl: post.url, handle, email: email || null };
};

/** A file that cannot be read at all: its one problem. */
const unreadable = (line: number, problem: Problem): ParsedImport => ({
  entries: [],
  problems: [problemAt(line, problem)],
  duplicates: 0,
});

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
    return unreadable((error as { lines?: number }).lines ?? 1, {
      problem: 'notCsv',
      value: (error as Error).message,
    });
  }
  const [header, ...rows] = records;
  if (!header) return unreadable(1, { problem: 'empty' });
  const at = columnsOf(header.record);
  if (at.postUrl < 0) return unreadable(1, { problem: 'noLinkColumn' });
  if (rows.length > MAX_IMPORT_ROWS) return unreadable(1, { problem: 'tooManyRows' });
  const entries: ImportedEntry[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const { record, info } of rows) {
    const row = rowOf(record, at);
    if ('problem' in row) problems.push(problemAt(info.lines, row));
    else if (seen.has(`${row.network} ${row.postUrl}`)) duplicates++;
    else {
      seen.add(`${row.network} ${row.postUrl}`);
      entries.push({ line: info.lines, ...row });
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
