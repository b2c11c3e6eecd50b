/**
 * The rules the online audits decide (and ref-version-mismatch, which they also check against
 * GitHub). Apart from audits.ts so an offline run names them without loading the audits.
 */
import type { OnlineRule } from '../policy-zizmor-b.js';

export const ONLINE_CHECKS: readonly (OnlineRule | 'ref-version-mismatch')[] = [
  'impostor-commit',
  'known-vulnerable-actions',
  'stale-action-refs',
  'archived-uses',
  'ref-confusion',
  'ref-version-mismatch'
];
