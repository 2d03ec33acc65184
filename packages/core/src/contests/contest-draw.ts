import { uniformOfDigest } from '../games/fair-draw.ts';

// A contest's draw, that anyone can redo. Nothing here imports Node: the contest's public page
// recomputes the winners in the browser (HMAC and SHA-256 from WebCrypto) with this very code.
//
// 1. Freezing: the approved entries become a list, one line per entry, `<entry id> <person>\n`,
//    in the order they were approved. `<person>` is the member's id, or `<network>:<handle>` for an
//    entrant who is not a member. The list's SHA-256 (of its UTF-8 text) is published, with the
//    SHA-256 of a new secret seed (64 hex characters, hashed as text).
// 2. Drawing: pick k = 0, 1, 2, … takes HMAC-SHA256(key = the seed's text, message = `pick:k`),
//    reads its first 52 bits as a uniform u in [0, 1) (as the games do), and takes the entry at
//    index floor(u × n) of the n entries not taken yet (the list's order, taken ones removed).
//    An entry whose person already won is skipped: one prize per person. The first winnerCount
//    persons win; a disqualified winner is replaced by the next person drawn.
// 3. After the draw the seed is shown: its SHA-256 must be the published hash, and redoing step 2
//    on the published list gives the same winners.

export type DrawLine = { entryId: string; person: string };

/** The HMAC-SHA256 of `message` keyed with the seed's text, from node:crypto or WebCrypto. */
export type SeedHmac = (message: string) => Promise<Uint8Array>;

export type DrawPick = DrawLine & { pick: number };

export const drawListText = (lines: readonly DrawLine[]): string =>
  lines.map((line) => `${line.entryId} ${line.person}\n`).join('');

export const parseDrawList = (text: string): DrawLine[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const space = line.indexOf(' ');
      return { entryId: line.slice(0, space), person: line.slice(space + 1) };
    });

/** How the list names an entrant: the member, or her handle on the network for a non-member. */
export const drawPerson = (entry: {
  customerId: string | null;
  network: string;
  handle: string;
}): string => entry.customerId ?? `${entry.network.toLowerCase()}:${entry.handle}`;

export const pickMessage = (pick: number) => `pick:${pick}`;

/**
 * The first `count` persons the draw picks from the list, in order, each with her entry and the
 * pick that took it; fewer when the list has fewer persons.
 */
export const drawPicks = async (
  lines: readonly DrawLine[],
  hmac: SeedHmac,
  count: number,
): Promise<DrawPick[]> => {
  const left = [...lines];
  const persons = new Set<string>();
  const picks: DrawPick[] = [];
  for (let pick = 0; picks.length < count && left.length > 0; pick++) {
    const uniform = uniformOfDigest(await hmac(pickMessage(pick)));
    const [line] = left.splice(Math.floor(uniform * left.length), 1);
    if (persons.has(line!.person)) continue;
    persons.add(line!.person);
    picks.push({ ...line!, pick });
  }
  return picks;
};
