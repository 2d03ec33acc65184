import { describe, expect, it } from 'vitest';
import { toHistoryPage } from './history-page.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${i}` }));

describe('history page', () => {
  it('keeps a cursor when a row beyond the page exists', () => {
    expect(toHistoryPage(rows(4), 3)).toEqual({
      items: [{ id: 'm0' }, { id: 'm1' }, { id: 'm2' }],
      nextCursor: 'm2',
    });
  });

  it('ends when the rows fit in the page', () => {
    expect(toHistoryPage(rows(3), 3)).toEqual({ items: rows(3), nextCursor: null });
    expect(toHistoryPage([], 20)).toEqual({ items: [], nextCursor: null });
  });
});
