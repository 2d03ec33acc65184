import { givePoints, makeCustomer } from '@fidele/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, setUpStaffCallers } from '../testing/staff-callers.ts';
import { exportSegmentCsv } from './segment-export.ts';

const bed = setUpStaffCallers();

const rich = {
  combinator: 'and' as const,
  rules: [{ field: 'pointsBalance' as const, compare: { op: 'gte' as const, value: 1_000 } }],
};

describe('staff segments', () => {
  it('previews, saves, edits and archives a segment, audited; exports its members as CSV', async () => {
    const vip = await makeCustomer(bed.db, { firstName: 'Zoé', lastName: '=Martin' });
    await givePoints(bed.db, vip.id, 1_500);
    await makeCustomer(bed.db, { firstName: 'Paul' });

    const preview = await bed.as('MARKETING').segments.preview({ rule: rich });
    expect(preview).toMatchObject({
      count: 1,
      sample: [{ firstName: 'Zoé', pointsBalance: 1_500 }],
    });

    const saved = await bed.as('MARKETING').segments.create({ name: 'Big balances', rule: rich });
    await bed.as('OWNER').segments.update({
      segmentId: saved.id,
      name: 'Big balances',
      description: 'Worth a nudge',
      rule: { ...rich, combinator: 'or' },
    });
    expect(await bed.as('SUPPORT').segments.get({ segmentId: saved.id })).toMatchObject({
      description: 'Worth a nudge',
      rule: { combinator: 'or' },
    });

    const { filename, stream } = await exportSegmentCsv(
      bed.db,
      { id: bed.staff.SUPPORT, role: 'SUPPORT' },
      { segmentId: saved.id },
    );
    expect(filename).toMatch(/^segment-big-balances-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await new Response(stream).text();
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('member_code,first_name,last_name,email,tier,points_balance,signed_up');
    expect(lines).toHaveLength(2);
    // A cell that would be a spreadsheet formula is defused.
    expect(lines[1]).toContain(`${vip.memberCode},Zoé,'=Martin,`);

    await bed.as('MARKETING').segments.setArchived({ segmentId: saved.id, archived: true });
    expect(await bed.as('MARKETING').segments.list({})).toEqual([]);
    expect(
      (
        await bed.db.auditLog.findMany({
          where: { targetId: saved.id },
          orderBy: { id: 'asc' },
          select: { action: true },
        })
      ).map((entry) => entry.action),
    ).toEqual(['segment.create', 'segment.update', 'segment.archive']);
  });

  it('refuses empty rules, unknown fields and edits by roles that only read', async () => {
    for (const rule of [
      { combinator: 'and', rules: [] },
      { combinator: 'and', rules: [{ field: 'shoeSize', compare: { op: 'gte', value: 40 } }] },
      { combinator: 'and', rules: [{ field: 'lastPurchase', when: 'within' }] },
    ])
      expect((await rejection(bed.as('MARKETING').segments.preview({ rule } as never))).code).toBe(
        'BAD_REQUEST',
      );
    expect(
      (await rejection(bed.as('SUPPORT').segments.create({ name: 'Nope', rule: rich }))).code,
    ).toBe('FORBIDDEN');
    await expect(
      exportSegmentCsv(bed.db, undefined, { segmentId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
