/**
 * How much a figure moved from one span to the next, as a fraction (0.25 is 25 % more); null
 * when there is nothing to compare with (no figure, or none before to divide by).
 */
export const relativeChange = (before: number | null, after: number | null): number | null =>
  before === null || after === null || before === 0 ? null : (after - before) / before;
