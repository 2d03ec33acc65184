import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ladderChanged,
  multiplierText,
  multiplierValue,
  newTierRow,
  readLadder,
  removedTiers,
  rowsFrom,
  serverIssueField,
  type TierRow,
  type TierView,
} from './ladder-form-values.ts';

const tier = (code: string, rank: number, threshold: number, earnMultiplier = 100): TierView => ({
  id: randomUUID(),
  code,
  name: code.charAt(0) + code.slice(1).toLowerCase(),
  nameFr: `${code} fr`,
  colour: '#ca8a04',
  benefitsEn: '',
  benefitsFr: '',
  rank,
  threshold,
  earnMultiplier,
});

const saved = [tier('MEMBER', 0, 0), tier('SILVER', 1, 500, 110), tier('GOLD', 2, 2000, 125)];

const edit = (rows: TierRow[], index: number, change: Partial<TierRow>) =>
  rows.map((row, i) => (i === index ? { ...row, ...change } : row));

describe('the tier ladder form', () => {
  it('reads multipliers as staff type them, in either language', () => {
    expect(multiplierValue('1.25')).toBe(125);
    expect(multiplierValue('1,25')).toBe(125);
    expect(multiplierValue('×2')).toBe(200);
    expect(multiplierValue(' 1 ')).toBe(100);
    expect(multiplierValue('1.255')).toBeNaN();
    expect(multiplierValue('')).toBeNaN();
    expect(multiplierText(125, 'en')).toBe('1.25');
    expect(multiplierText(125, 'fr')).toBe('1,25');
    expect(multiplierText(200, 'en')).toBe('2');
  });

  it('sends the saved ladder back unchanged, lowest tier first', () => {
    const rows = rowsFrom(saved, 'fr');
    const read = readLadder(rows);
    expect('input' in read && read.input.tiers).toEqual(saved.map(({ rank: _, ...rest }) => rest));
    expect(ladderChanged(saved, rows)).toBe(false);
    expect(ladderChanged(saved, rowsFrom(saved, 'en'))).toBe(false);
    expect(ladderChanged(saved, [...rows].reverse())).toBe(true);
  });

  it('adds a tier without an id, its code in capitals', () => {
    const rows = [
      ...rowsFrom(saved, 'en'),
      {
        ...newTierRow('en'),
        code: 'platinum',
        name: 'Platinum',
        nameFr: 'Platine',
        threshold: '5000',
        multiplier: '1.5',
      },
    ];
    const read = readLadder(rows);
    expect('input' in read && read.input.tiers[3]).toMatchObject({
      code: 'PLATINUM',
      threshold: 5000,
      earnMultiplier: 150,
    });
    expect('input' in read && read.input.tiers[3]).not.toHaveProperty('id');
    expect(ladderChanged(saved, rows)).toBe(true);
  });

  it('reports each problem next to its field', () => {
    let rows = rowsFrom(saved, 'en');
    rows = edit(rows, 1, { name: ' ', threshold: '12.5', colour: 'gold' });
    rows = edit(rows, 2, { code: 'SILVER', multiplier: '0' });
    const read = readLadder(rows);
    expect(read).toEqual({
      rows: {
        [saved[1]!.id]: {
          name: { key: 'name' },
          threshold: { key: 'threshold' },
          colour: { key: 'colour' },
        },
        [saved[2]!.id]: { code: { key: 'codeTaken' }, multiplier: { key: 'multiplier' } },
      },
    });
  });

  it('checks the ladder as the server does: entry tier at 0, thresholds going up', () => {
    let rows = rowsFrom(saved, 'en');
    rows = edit(rows, 0, { threshold: '10' });
    rows = edit(rows, 2, { threshold: '500' });
    expect(readLadder(rows)).toEqual({
      rows: {
        [saved[0]!.id]: { threshold: { key: 'entryThreshold' } },
        [saved[2]!.id]: {
          threshold: { key: 'thresholdOrder', values: { below: 'SILVER', threshold: 500 } },
        },
      },
    });
  });

  it('knows which saved tiers a save would remove', () => {
    const rows = rowsFrom(saved, 'en').filter((row) => row.code !== 'SILVER');
    expect(removedTiers(saved, rows).map((t) => t.code)).toEqual(['SILVER']);
  });

  it('finds the field of a refused input among the paths the server names', () => {
    expect(serverIssueField(['tiers.2.threshold'])).toEqual({ index: 2, field: 'threshold' });
    expect(serverIssueField(['tiers', 'tiers.0.earnMultiplier'])).toEqual({
      index: 0,
      field: 'multiplier',
    });
    expect(serverIssueField([])).toBeNull();
  });
});
