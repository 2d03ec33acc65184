/** Joins class names, skipping the falsy ones (conditional classes read as `cond && 'x'`). */
export const classNames = (...names: (string | false | null | undefined)[]): string =>
  names.filter(Boolean).join(' ');
