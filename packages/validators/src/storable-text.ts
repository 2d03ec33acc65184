// A NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one.
// eslint-disable-next-line no-control-regex -- finding NUL is the point.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The path of the first string in `value` that PostgreSQL cannot store as text or that is not
 * Unicode at all: one holding a NUL character or an unpaired UTF-16 surrogate (the driver would
 * fail on the first and silently turn the second into U+FFFD). Undefined when every string is fine.
 */
export const unstorableTextPath = (
  value: unknown,
  path: readonly (string | number)[] = [],
): (string | number)[] | undefined => {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [...path] : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableTextPath(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableTextPath(key, path) ?? unstorableTextPath(item, [...path, key]);
      if (found) return found;
    }
  return undefined;
};

/** The message of a refused string, naming its field as the contract's validation errors do. */
export const unstorableTextMessage = (path: readonly (string | number)[]) =>
  `${path.join('.') || 'input'}: must not contain NUL characters or unpaired surrogates`;
