import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawListText, drawPicks, parseDrawList, type DrawLine } from './contest-draw.ts';

const SEED = 'a'.repeat(64);
const hmac = (seed: string) => async (message: string) =>
  new Uint8Array(createHmac('sha256', seed).update(message, 'utf8').digest());

const lines: DrawLine[] = Array.from({ length: 20 }, (_, index) => ({
  entryId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  // Persons 0–9 entered twice each.
  person: `person-${index % 10}`,
}));

describe('the contest draw', () => {
  it('reads back the list it writes', () => {
    expect(parseDrawList(drawListText(lines))).toEqual(lines);
    expect(drawListText(lines.slice(0, 1))).toBe(`${lines[0]!.entryId} person-0\n`);
  });

  it('picks the same winners from the same seed and list, one prize per person', async () => {
    const first = await drawPicks(lines, hmac(SEED), 5);
    expect(await drawPicks(lines, hmac(SEED), 5)).toEqual(first);
    expect(new Set(first.map((pick) => pick.person)).size).toBe(5);
    expect(first.map((pick) => pick.pick)).toEqual(
      [...first.map((pick) => pick.pick)].sort((a, b) => a - b),
    );
  });

  it('replaces a winner with the next person drawn: more picks extend the same order', async () => {
    const three = await drawPicks(lines, hmac(SEED), 3);
    const four = await drawPicks(lines, hmac(SEED), 4);
    expect(four.slice(0, 3)).toEqual(three);
  });

  it('gives another order for another seed, and no more persons than the list has', async () => {
    const other = await drawPicks(lines, hmac('b'.repeat(64)), 10);
    expect(other.map((pick) => pick.person)).not.toEqual(
      (await drawPicks(lines, hmac(SEED), 10)).map((pick) => pick.person),
    );
    expect(await drawPicks(lines, hmac(SEED), 50)).toHaveLength(10);
  });
});
