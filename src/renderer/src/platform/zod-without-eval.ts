import { config } from 'zod';

/**
 * The contract's schemas are built with zod, which probes whether `new Function` works when a schema
 * is created. The renderer's Content Security Policy forbids eval, so the probe would be blocked and
 * reported as a violation on every start. Jitless mode skips it; the renderer parses nothing with zod.
 * Imported first by the entry so it runs before the contract module is evaluated.
 */
config({ jitless: true });
