import {
  outcomeMatches,
  outcomeOf,
  playMessage,
  uniformOfDigest,
} from '@fidele/core/games/fair-draw';
import type { GamePlayRecord } from './game-view.ts';

// A play redone in the browser from its period's revealed seed, with WebCrypto for the hashes and
// core's own mapping from digest to prize (`fair-draw.ts`), so what the page checks is what the
// server drew with, and nothing of it is taken from the server's word.

export type PlayCheck = 'verified' | 'mismatch';

const encoder = new TextEncoder();

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The SHA-256 of the seed's text, as published before the period began. */
export const seedHashOf = async (seed: string): Promise<string> =>
  hex(await crypto.subtle.digest('SHA-256', encoder.encode(seed)));

/** HMAC-SHA256 of the play's message, the seed's text as key. */
const playDigest = async (seed: string, message: string) => {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(seed),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
};

/**
 * Whether a drawn play is the one its revealed seed gives: the seed matches the hash published
 * beforehand, and the draw redone from it lands on the stored uniform and prize.
 */
export const checkPlay = async (
  draw: NonNullable<GamePlayRecord['draw']>,
  period: { seed: string; seedHash: string },
): Promise<PlayCheck> => {
  if ((await seedHashOf(period.seed)) !== period.seedHash.toLowerCase()) return 'mismatch';
  const digest = await playDigest(period.seed, playMessage(draw.customerId, draw.playNumber));
  const outcome = outcomeOf({
    uniform: uniformOfDigest(digest),
    table: draw.table,
    state: draw.state,
    momentPrizeId: draw.momentPrizeId,
  });
  return outcomeMatches(outcome, draw.stored) ? 'verified' : 'mismatch';
};
