/**
 * Every gate the CLI knows, loaded lazily so `ci-intel <gate>` pays only for that gate.
 * Add one line per gate; its interface comes from actions/<name>/action.yml.
 */
import type { Gate } from '../core/gate.js';

export const GATES: Record<string, () => Promise<Gate>> = {
  'cache-sentinel': async () => (await import('./cache-sentinel/index.js')).cacheSentinel as Gate,
  'pr-target-ban': async () => (await import('./pr-target-ban/index.js')).prTargetBan as Gate
};
