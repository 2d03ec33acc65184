import { createHash, createHmac } from 'node:crypto';
import { drawListText, drawPicks, parseDrawList } from '@fidele/core/contests/draw';
import { describe, expect, it } from 'vitest';
import { checkDraw } from './draw-check.ts';

const SEED = '0f'.repeat(32);
const list = drawListText(
  Array.from({ length: 8 }, (_, index) => ({
    entryId: `00000000-0000-4000-8000-00000000000${index}`,
    person: `person-${index}`,
  })),
);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('checkDraw', () => {
  it('confirms a draw redone in the browser matches the server’s, and finds one that does not', async () => {
    const server = await drawPicks(
      parseDrawList(list),
      async (message) => new Uint8Array(createHmac('sha256', SEED).update(message).digest()),
      3,
    );
    const published = { list, listHash: sha256(list), seed: SEED, seedHash: sha256(SEED) };
    expect(await checkDraw({ ...published, winnerPicks: server.map((pick) => pick.pick) })).toEqual(
      {
        listMatches: true,
        seedMatches: true,
        picks: server.map((pick) => pick.pick),
        winnersMatch: true,
      },
    );
    const tampered = await checkDraw({
      ...published,
      list: list.replace('person-0', 'person-9'),
      winnerPicks: [99, 100, 101],
    });
    expect(tampered).toMatchObject({ listMatches: false, seedMatches: true, winnersMatch: false });
  });
});
