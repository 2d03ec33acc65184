import { config } from 'zod';

// Runs before the app's code in the browser. zod compiles fast parsers with `new Function`
// unless told not to; the pages' CSP has no 'unsafe-eval', so it must not even try (the probe
// alone is a CSP violation).
// Only `config` is imported: `z` would bring the whole of zod into every page.
config({ jitless: true });
