/**
 * Gate: referrer-presence — before deploy, prove that the image digest has verified attachments
 * (SBOM, provenance, signature …) in the registry, whichever of the four storage conventions put
 * them there.
 */
import { GateError, InputError } from '../../core/errors.js';
import type { Gate, GateContext } from '../../core/gate.js';
import type { Inputs } from '../../core/inputs.js';
import type { Evaluation, Finding, RuleInfo } from '../../core/result.js';
import { isDigest } from '../../oci/digest.js';
import { LayoutError } from '../../oci/layout.js';
import { ContentError, isIndex, type FetchedManifest } from '../../oci/manifest.js';
import { ANNOTATION_REFERENCE_TYPE } from '../../oci/media-types.js';
import { RegistryError } from '../../oci/registry.js';
import type { RequestRecord } from '../../oci/source.js';
import { discover, type Target, type TargetReport } from './discover.js';
import { parseRequirements } from './requirements.js';
import { locate } from './source.js';
import { CONVENTIONS, type Convention } from './verify.js';

export const RULES: RuleInfo[] = [
  {
    id: 'referrer-presence/missing',
    title: 'Required attachment missing',
    help: 'Attach it to the exact image digest before deploying (e.g. actions/attest with push-to-registry, oras attach --artifact-type …, cosign attest).',
    severity: 'error'
  },
  {
    id: 'referrer-presence/rejected',
    title: 'Listed attachment failed verification',
    help: 'An entry claimed to be attached but its manifest or content does not prove it (wrong subject, spoofed type, statement about another digest). Re-attach it correctly; it was not counted.',
    severity: 'warning'
  },
  {
    id: 'referrer-presence/registry-quirk',
    title: 'Registry or index quirk worked around',
    help: 'Informational: mislabelled index entries and fallback tags that resolve to the image itself are not trusted.',
    severity: 'note'
  }
];

export interface FoundEntry {
  subject: string;
  platform?: string;
  digest: string;
  convention: Convention;
  artifactType: string;
  predicateTypes?: string[];
}

export interface MissingEntry {
  type: string;
  subject: string;
  platform?: string;
}

export interface ReferrerEvidence {
  image: { reference: string; digest: string; mediaType: string; source: string; auth: string };
  requirements: string[];
  conventions: Convention[];
  platforms: string;
  targets: TargetReport[];
  requests: RequestRecord[];
  roundTrips: number;
}

function conventionsOf(inputs: Inputs): Convention[] {
  const out: Convention[] = [];
  for (const c of inputs.list('conventions')) {
    if (!(CONVENTIONS as string[]).includes(c)) {
      throw new InputError('conventions', `'${c}' is not one of ${CONVENTIONS.join(', ')}`);
    }
    if (!out.includes(c as Convention)) out.push(c as Convention);
  }
  if (out.length === 0)
    throw new InputError('conventions', `is empty; list some of ${CONVENTIONS.join(', ')}`);
  return out;
}

function platformOf(
  p: { os?: string; architecture?: string; variant?: string } | undefined
): string | undefined {
  if (!p?.os && !p?.architecture) return undefined;
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** The digests that must each carry the attachments. */
export function targetsOf(image: FetchedManifest, platforms: string): Target[] {
  if (!isIndex(image.manifest)) return [{ digest: image.digest, role: 'image' }];
  const children: Target[] = (image.manifest.manifests ?? [])
    .filter(
      (d) =>
        !d.annotations?.[ANNOTATION_REFERENCE_TYPE] && platformOf(d.platform) !== 'unknown/unknown'
    )
    .map((d) => ({
      digest: d.digest,
      role: 'platform',
      platform: platformOf(d.platform),
      parent: image.manifest
    }));
  const index: Target = { digest: image.digest, role: 'index' };
  if (platforms === 'index-only') return [index];
  if (children.length === 0) {
    // An index of no images: a pass would read as "every platform is attested" about nothing.
    throw new GateError(
      `the index ${image.digest} lists no platform manifests, so there is no image to check`,
      "Check the image reference (the pushed image index, not an attestation index); use platforms: index-only to check only the index's own attachments."
    );
  }
  if (platforms === 'platforms-only') return children;
  return [index, ...children];
}

function where(t: TargetReport): string {
  return t.role === 'platform'
    ? `platform ${t.platform ?? '?'} (${t.digest})`
    : `${t.role} ${t.digest}`;
}

function findingsOf(targets: TargetReport[]): Finding[] {
  const findings: Finding[] = [];
  for (const t of targets) {
    for (const name of t.missing) {
      const looked = t.conventions.map((c) => `${c.convention}: ${c.outcome}`).join('; ');
      const rejected = t.rejected.length
        ? ` ${t.rejected.length} candidate${t.rejected.length === 1 ? ' was' : 's were'} rejected (see below).`
        : '';
      const have = t.found.map((f) => f.artifactType).filter(Boolean);
      findings.push({
        rule: 'referrer-presence/missing',
        severity: 'error',
        message: `${name}: expected a verified attachment whose subject is ${where(t)}; actual: ${have.length ? `only ${[...new Set(have)].join(', ')}` : 'none'}.${rejected} Looked via ${looked}.`,
        help: RULES[0].help
      });
    }
    for (const r of t.rejected) {
      findings.push({
        rule: 'referrer-presence/rejected',
        severity: 'warning',
        message: `${r.digest} (${r.convention}) for ${where(t)} rejected: ${r.reason}`,
        help: RULES[1].help
      });
    }
    for (const n of t.notes) {
      findings.push({
        rule: 'referrer-presence/registry-quirk',
        severity: 'note',
        message: `${where(t)}: ${n}`
      });
    }
  }
  return findings;
}

async function evaluate(inputs: Inputs, ctx: GateContext): Promise<Evaluation<ReferrerEvidence>> {
  const requirements = parseRequirements(inputs.list('require'));
  const conventions = conventionsOf(inputs);
  const platforms = inputs.string('platforms') ?? 'all';
  // Its range (1 to 3600) is declared in action.yml and enforced when the inputs are parsed.
  const seconds = inputs.number('timeout-seconds') ?? 60;
  const deadline = Date.now() + seconds * 1000;
  let located: ReturnType<typeof locate>;
  try {
    located = locate(inputs, ctx, deadline);
  } catch (err) {
    if (err instanceof RegistryError) throw new InputError('insecure', err.message);
    throw err;
  }
  const { source } = located;
  try {
    const image = await source.manifest(located.reference);
    if (!image) {
      throw new GateError(
        `image ${located.display} not found in ${source.location}`,
        'Check the image reference; the gate checks the digest the build pushed.'
      );
    }
    if (isDigest(located.reference) && image.digest !== located.reference) {
      throw new GateError(
        `image digest mismatch: expected ${located.reference}, got ${image.digest}`
      );
    }
    ctx.log(`${located.display} is ${image.digest} (${image.mediaType})`);
    // Platform manifests are independent: look at up to 4 at a time, report in index order.
    const wanted = targetsOf(image, platforms);
    const targets: TargetReport[] = new Array<TargetReport>(wanted.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < wanted.length) {
        const i = next++;
        targets[i] = await discover(source, wanted[i], requirements, conventions);
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, wanted.length) }, worker));
    const findings = findingsOf(targets);
    const found: Record<string, FoundEntry[]> = Object.fromEntries(
      requirements.map((r) => [r.name, []])
    );
    const missing: MissingEntry[] = [];
    for (const t of targets) {
      for (const a of t.found) {
        for (const r of requirements) {
          if (!a.kinds.includes(r.kind)) continue;
          found[r.name].push({
            subject: t.digest,
            ...(t.platform ? { platform: t.platform } : {}),
            digest: a.digest,
            convention: a.convention,
            artifactType: a.artifactType,
            ...(a.predicateTypes.length ? { predicateTypes: a.predicateTypes } : {})
          });
        }
      }
      for (const name of t.missing) {
        missing.push({
          type: name,
          subject: t.digest,
          ...(t.platform ? { platform: t.platform } : {})
        });
      }
    }
    const verdict = missing.length ? 'fail' : 'pass';
    const names = requirements.map((r) => r.name).join(', ');
    const scope =
      targets.length === 1
        ? image.digest
        : `${image.digest} and ${targets.length - 1} platform manifest${targets.length === 2 ? '' : 's'}`;
    const summary =
      verdict === 'pass'
        ? `${names} attached to ${scope} (verified, ${source.requests.length} requests)`
        : `missing ${missing.map((m) => (m.platform ? `${m.type} for ${m.platform}` : m.type)).join(', ')} on ${scope}`;
    return {
      verdict,
      summary,
      findings,
      evidence: {
        image: {
          reference: located.display,
          digest: image.digest,
          mediaType: image.mediaType,
          source: source.location,
          auth: located.auth
        },
        requirements: requirements.map((r) => r.name),
        conventions,
        platforms,
        targets,
        requests: source.requests,
        roundTrips: source.requests.length
      },
      outputs: {
        'image-digest': image.digest,
        found: JSON.stringify(found),
        missing: JSON.stringify(missing)
      }
    };
  } catch (err) {
    if (err instanceof RegistryError) throw new GateError(err.message, err.help);
    if (err instanceof ContentError || err instanceof LayoutError) {
      throw new GateError(
        `${source.location}: ${err.message}`,
        'The registry (or layout) served content that does not verify; nothing it says about attachments is trusted.'
      );
    }
    throw err;
  }
}

export const referrerPresence: Gate<ReferrerEvidence> = {
  name: 'referrer-presence',
  rules: RULES,
  evaluate
};
