const HEX = /^#([0-9a-f]{6})$/i;

/** Whether `colour` is a tier colour as the ladder stores it (`#rrggbb`). */
export const isTierColour = (colour: string): boolean => HEX.test(colour.trim());

/** Relative luminance (WCAG) of a `#rrggbb` colour. */
export const luminance = (colour: string): number => {
  const digits = HEX.exec(colour.trim())?.[1] ?? '000000';
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = Number.parseInt(digits.slice(at, at + 2), 16) / 255;
    return channel <= 0.040_45 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * Black or white, whichever contrasts more with a tier's colour: one of the two always reaches
 * 4.5:1 (WCAG AA), so a badge in any colour staff pick stays readable.
 */
export const textOnColour = (colour: string): '#000000' | '#ffffff' => {
  if (!isTierColour(colour)) return '#ffffff';
  const l = luminance(colour);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
};
