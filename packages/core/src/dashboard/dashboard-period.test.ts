import { describe, expect, it } from 'vitest';
import { dashboardPeriod, defaultRange } from './dashboard-period.ts';

const PARIS = 'Europe/Paris';

describe('the dashboard period', () => {
  it('opens on the last 30 days of Paris, today included', () => {
    // 23:30 UTC on 31 March is already 1 April in Paris.
    expect(defaultRange(new Date('2026-03-31T23:30:00Z'), PARIS)).toEqual({
      from: '2026-03-03',
      to: '2026-04-01',
    });
  });

  it('compares with as many days just before', () => {
    const period = dashboardPeriod(
      { from: '2026-03-01', to: '2026-03-31' },
      new Date('2026-06-01T10:00:00Z'),
      PARIS,
    );
    expect(period.previous).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(period.current).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });

  it('stops a range at today and keeps a one-day range one day', () => {
    const now = new Date('2026-03-29T12:00:00Z');
    expect(dashboardPeriod({ from: '2026-03-20', to: '2026-04-30' }, now, PARIS).current).toEqual({
      from: '2026-03-20',
      to: '2026-03-29',
    });
    const today = dashboardPeriod({ from: '2026-03-29', to: '2026-03-29' }, now, PARIS);
    expect(today.previous).toEqual({ from: '2026-03-28', to: '2026-03-28' });
  });
});
