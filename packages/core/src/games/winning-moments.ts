import { seedUniform } from './draw.ts';

// A paced prize's `count` winning moments: the period [startsAt, endsAt) is cut into `count`
// equal slices (whole milliseconds) and moment i (from 1) lies in slice i at the fraction
// seedUniform(seed, "moment:<prizeId>:<i>") of it. So there is one moment per slice, spread over
// the whole period, unknown before the seed is revealed and recomputable after. The "moment:"
// prefix keeps these messages apart from plays' ("<customerId>:<playNumber>").

/** The winning moments of a paced prize, in order. */
export const winningMoments = (input: {
  seed: string;
  prizeId: string;
  count: number;
  startsAt: Date;
  endsAt: Date;
}): Date[] => {
  const start = input.startsAt.getTime();
  const span = input.endsAt.getTime() - start;
  if (!Number.isInteger(input.count) || input.count < 0 || input.count > span)
    throw new Error('The period needs at least a millisecond per winning moment.');
  const sliceStart = (index: number) => start + Math.floor((index * span) / input.count);
  return Array.from({ length: input.count }, (_, index) => {
    const from = sliceStart(index);
    const fraction = seedUniform(input.seed, `moment:${input.prizeId}:${index + 1}`);
    return new Date(from + Math.floor(fraction * (sliceStart(index + 1) - from)));
  });
};

/**
 * The moment a play at `at` wins, as an index into `moments`: the first play after an unclaimed
 * moment wins it. Moments are claimed in order (a play always takes the earliest one that is due),
 * so the unclaimed ones are those from index `claimed` on.
 */
export const dueMoment = (moments: readonly Date[], claimed: number, at: Date): number | null => {
  const next = moments[claimed];
  return next && next.getTime() <= at.getTime() ? claimed : null;
};
