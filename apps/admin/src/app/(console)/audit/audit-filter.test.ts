import { describe, expect, it } from 'vitest';
import { auditFilterFromQuery } from './audit-filter.ts';

const read = (query: string) => auditFilterFromQuery(new URLSearchParams(query));

describe('auditFilterFromQuery', () => {
  it('reads days, one actor, one record and one action', () => {
    expect(
      read(
        'from=2026-12-01&to=2026-12-07&actor=API_KEY&actorId=k1&target=customer&id=c1&action=purchase.record',
      ),
    ).toEqual({
      from: '2026-12-01',
      to: '2026-12-07',
      actor: { type: 'API_KEY', id: 'k1' },
      action: 'purchase.record',
      target: { type: 'customer', id: 'c1' },
    });
  });

  it('reads a whole area of actions', () => {
    expect(read('action=area:terminal')).toMatchObject({ area: 'terminal' });
  });

  it('leaves out what is empty or no kind of actor', () => {
    expect(read('from=&actor=NOBODY&actorId=x')).toEqual({
      from: undefined,
      to: undefined,
      actor: undefined,
      action: undefined,
      target: undefined,
    });
  });
});
