/**
 * Every gate the CLI knows, loaded lazily so `ci-intel <gate>` pays only for that gate.
 * Add one line per gate; its interface comes from actions/<name>/action.yml.
 */
import type { Gate } from '../core/gate.js';

export const GATES: Record<string, () => Promise<Gate>> = {
  'cache-sentinel': async () => (await import('./cache-sentinel/index.js')).cacheSentinel,
  determinism: async () => (await import('./determinism/index.js')).determinism,
  'dr-freshness': async () => (await import('./dr-freshness/index.js')).drFreshness,
  'egress-check': async () => (await import('./egress-check/index.js')).egressCheck,
  'evidence-bundle': async () => (await import('./evidence-bundle/index.js')).evidenceBundle,
  'evidence-verify': async () => (await import('./evidence-verify/index.js')).evidenceVerify,
  'pr-target-ban': async () => (await import('./pr-target-ban/index.js')).prTargetBan,
  'referrer-presence': async () => (await import('./referrer-presence/index.js')).referrerPresence,
  'sbom-vex': async () => (await import('./sbom-vex/index.js')).sbomVex,
  'schema-check': async () => (await import('./schema-check/index.js')).schemaCheck,
  'slsa-verify': async () => (await import('./slsa-verify/index.js')).slsaVerify,
  'template-sync': async () => (await import('./template-sync/index.js')).templateSync,
  'workflow-policy': async () => (await import('./workflow-policy/index.js')).workflowPolicy
};
