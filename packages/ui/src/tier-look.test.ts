import { describe, expect, it } from 'vitest';
import { isTierColour, luminance, textOnColour } from './tier-look.ts';

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('tier colours', () => {
  it('accepts #rrggbb only', () => {
    expect(isTierColour('#ca8a04')).toBe(true);
    expect(isTierColour('#CA8A04')).toBe(true);
    expect(isTierColour('ca8a04')).toBe(false);
    expect(isTierColour('#fff')).toBe(false);
  });

  it('picks black on light tier colours and white on dark ones', () => {
    expect(textOnColour('#ca8a04')).toBe('#000000');
    expect(textOnColour('#94a3b8')).toBe('#000000');
    expect(textOnColour('#fde68a')).toBe('#000000');
    expect(textOnColour('#4f46e5')).toBe('#ffffff');
    expect(textOnColour('#64748b')).toBe('#ffffff');
    expect(textOnColour('#1e293b')).toBe('#ffffff');
  });

  it('always reaches 4.5:1', () => {
    for (let grey = 0; grey < 256; grey += 5) {
      const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrast(hex, textOnColour(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });
});
