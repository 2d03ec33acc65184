// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
// eslint-disable-next-line no-control-regex -- finding NUL is the point.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Visit = { value: unknown; key?: string | number; parent?: Visit };

/**
 * The path of a string in `value` that PostgreSQL cannot store as text or that is not Unicode at
 * all: one holding a NUL character or an unpaired UTF-16 surrogate (the driver would fail on the
 * first and silently turn the second into U+FFFD); an object key counts as its object. Undefined
 * when every string is fine. Iterative, so no nesting depth a 256 KiB body allows can overflow
 * the stack or cost more than one visit per value.
 */
export const unstorableTextPath = (value: unknown): (string | number)[] | undefined => {
  const pending: Visit[] = [{ value }];
  while (pending.length) {
    const visit = pending.pop()!;
    const found =
      typeof visit.value === 'string'
        ? UNSTORABLE.test(visit.value)
        : Boolean(visit.value) &&
          typeof visit.value === 'object' &&
          !Array.isArray(visit.value) &&
          Object.keys(visit.value as object).some((key) => UNSTORABLE.test(key));
    if (found) return pathOf(visit);
    if (visit.value && typeof visit.value === 'object') {
      const entries = Array.isArray(visit.value)
        ? visit.value.map((item, index) => [index, item] as const)
        : Object.entries(visit.value);
      // Pushed last first, so the first field is looked at first.
      for (const [key, item] of entries.reverse())
        pending.push({ value: item, key, parent: visit });
    }
  }
  return undefined;
};

const pathOf = (visit: Visit) => {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
};

/** The message of a refused string, naming its field as the contract's validation errors do. */
export const unstorableTextMessage = (path: readonly (string | number)[]) =>
  `${path.join('.') || 'input'}: must not contain NUL characters or unpaired surrogates`;
