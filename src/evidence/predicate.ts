/** The release evidence predicate checked against schema/release-evidence.v1.json. */
import { describeSchemaErrors, loadSchemaValidators, schemaValidator } from '../core/schemas.js';
import type { ReleaseEvidence } from './format.js';

/** Load the validator of schema/release-evidence.v1.json (in a bundle, its chunk); await it before `predicateProblem`. */
export function loadPredicateValidator(): Promise<void> {
  return loadSchemaValidators('release-evidence.v1.json');
}

export function predicateProblem(predicate: unknown): string | undefined {
  const validate = schemaValidator('release-evidence.v1.json');
  if (!validate(predicate))
    return `the predicate does not follow release-evidence.v1: ${describeSchemaErrors(validate.errors).slice(0, 5).join('; ')}`;
  const e = predicate as ReleaseEvidence;
  // Every truth-table row must point at a manifest entry with the same digest.
  const byName = new Map(e.manifest.map((m) => [m.name, m.digest]));
  for (const g of e.gates) {
    const d = byName.get(g.piece);
    if (d !== g.digest)
      return `gate row ${g.gate} names piece ${g.piece} (${g.digest}) but the manifest ${d ? `says ${d}` : 'has no such piece'}`;
  }
  return undefined;
}
