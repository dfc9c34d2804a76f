import { z } from 'zod';

// Zod compiles object schemas with `new Function` when it may. The default
// extension CSP forbids that, so its feature probe only produced a CSP
// violation report in every page that validated settings. Jitless mode never
// tries. Every module imports `z` from here, so this runs before any parse
// (eslint.config.js forbids importing 'zod' elsewhere).
z.config({ jitless: true });

export { z };
