import { describe, expect, it } from 'vitest';
import { changesLine, changesOf } from './audit-changes.ts';
import { editOf } from './audit-log.ts';

describe('changesOf', () => {
  it('lists the fields whose value changed, with both sides', () => {
    const data = {
      before: { name: 'Tote', pointsCost: 500, stock: 3 },
      after: { name: 'Tote bag', pointsCost: 500, stock: null },
    };
    expect(changesOf('reward.update', data)).toEqual({
      changes: [
        { field: 'name', before: 'Tote', after: 'Tote bag' },
        { field: 'stock', before: 3, after: null },
      ],
      complete: true,
    });
  });

  it('reads a staff member’s from and to', () => {
    const data = { from: { role: 'SUPPORT', shopIds: [] }, to: { role: 'OWNER', shopIds: [] } };
    expect(changesOf('staff.update', data)?.changes).toEqual([
      { field: 'role', before: 'SUPPORT', after: 'OWNER' },
    ]);
  });

  it('shows an older edit that kept only its new values as such', () => {
    expect(changesOf('offer.update', { titleEn: 'Gold weekend' })).toEqual({
      changes: [{ field: 'titleEn', after: 'Gold weekend' }],
      complete: false,
    });
  });

  it('compares whole values that are no records (a tier ladder)', () => {
    const data = { before: [{ name: 'Silver' }], after: [{ name: 'Silver' }, { name: 'Gold' }] };
    expect(changesOf('tiers.save', data)?.changes).toHaveLength(1);
    expect(changesOf('tiers.save', { before: [], after: [] })?.changes).toEqual([]);
  });

  it('finds no edit in what is not one', () => {
    expect(changesOf('points.adjust', { points: 50, reason: 'Goodwill' })).toBeNull();
    expect(changesOf('reward.update', null)).toBeNull();
  });
});

describe('changesLine', () => {
  it('writes each change as field: before → after', () => {
    const changes = changesOf('reward.update', {
      before: { name: 'Tote', active: true },
      after: { name: 'Tote bag', active: false },
    })!;
    expect(changesLine(changes)).toBe('name: Tote → Tote bag; active: true → false');
    expect(changesLine(changesOf('offer.update', { totalCap: 10 })!)).toBe('totalCap: 10');
  });
});

describe('editOf', () => {
  it('keeps only the fields an edit changed, as JSON', () => {
    const at = new Date('2026-12-07T10:00:00Z');
    expect(
      editOf(
        { name: 'Tote', endsAt: at, stock: 3, id: 'x' },
        { name: 'Tote bag', endsAt: at, stock: 3 },
      ),
    ).toEqual({ before: { name: 'Tote' }, after: { name: 'Tote bag' } });
    expect(editOf({ endsAt: null }, { endsAt: at })).toEqual({
      before: { endsAt: null },
      after: { endsAt: '2026-12-07T10:00:00.000Z' },
    });
  });
});
