/**
 * Finds and verifies the attachments of one target digest through the conventions in the order
 * given, stopping as soon as every requirement is met: the OCI 1.1 referrers API, the
 * `sha256-<hex>` fallback tag (only when the API is absent), cosign's `.sig/.att/.sbom` tags,
 * and BuildKit attestation manifests in the parent image index.
 */
import { fallbackTag } from '../../oci/digest.js';
import { isIndex, type Descriptor, type Manifest } from '../../oci/manifest.js';
import {
  ANNOTATION_REFERENCE_DIGEST,
  ANNOTATION_REFERENCE_TYPE,
  ATTESTATION_MANIFEST
} from '../../oci/media-types.js';
import type { ContentSource } from '../../oci/source.js';
import type { Kind, Requirement } from './requirements.js';
import {
  inspectCandidate,
  plausibleKinds,
  type Convention,
  type RejectedArtifact,
  type VerifiedArtifact
} from './verify.js';

export interface Target {
  digest: string;
  role: 'image' | 'index' | 'platform';
  platform?: string;
  /** The image index that lists this platform manifest (for buildx-index). */
  parent?: Manifest;
}

export interface ConventionOutcome {
  convention: Convention;
  outcome: string;
}

export interface TargetReport {
  digest: string;
  role: Target['role'];
  platform?: string;
  conventions: ConventionOutcome[];
  found: VerifiedArtifact[];
  rejected: RejectedArtifact[];
  /** Requirement names with no verified artifact. */
  missing: string[];
  /** Odd things worth a warning (GitLab-style fallback tag, mislabelled entries). */
  notes: string[];
}

const COSIGN_SUFFIXES: { suffix: string; kinds: Kind[] }[] = [
  { suffix: 'sig', kinds: ['signature'] },
  { suffix: 'att', kinds: ['in-toto', 'slsa-provenance', 'spdx', 'cyclonedx'] },
  { suffix: 'sbom', kinds: ['spdx', 'cyclonedx'] }
];

class Discovery {
  readonly report: TargetReport;
  private readonly unmet: Map<Kind, Requirement>;
  private readonly inspected = new Set<string>();

  constructor(
    private readonly source: ContentSource,
    private readonly target: Target,
    requirements: Requirement[]
  ) {
    this.unmet = new Map(requirements.map((r) => [r.kind, r]));
    this.report = {
      digest: target.digest,
      role: target.role,
      ...(target.platform ? { platform: target.platform } : {}),
      conventions: [],
      found: [],
      rejected: [],
      missing: [],
      notes: []
    };
  }

  get done(): boolean {
    return this.unmet.size === 0;
  }

  private outcome(convention: Convention, outcome: string): void {
    this.report.conventions.push({ convention, outcome });
  }

  /**
   * Inspect candidates, the plausibly useful first, until every requirement is met. Work goes in
   * waves: for each unmet requirement, the best-ranked candidate that could prove it; a wave's
   * candidates are fetched at once, so the wall time follows the depth of the request chain
   * (manifest, then its layers) and not the number of candidates, and no candidate is fetched
   * that an earlier one in the same order would have made unnecessary.
   */
  private async candidates(entries: Descriptor[], convention: Convention): Promise<number> {
    // Specific types first (an SPDX artifact for spdx), then attestations that may carry it,
    // then entries with no usable type (old ggcr wrote the empty type): all get checked if needed.
    const rank = (e: Descriptor): number => {
      const p = plausibleKinds(e.artifactType);
      return p === 'any' ? 2 : p.size <= 1 ? 0 : 1;
    };
    const ordered = [...entries].sort((a, b) => rank(a) - rank(b));
    let inspected = 0;
    for (;;) {
      if (this.done) break;
      const wave: Descriptor[] = [];
      for (const kind of this.unmet.keys()) {
        const next = ordered.find((e) => {
          if (this.inspected.has(e.digest) || wave.includes(e)) return false;
          const p = plausibleKinds(e.artifactType);
          return p === 'any' || p.has(kind);
        });
        if (next && !wave.some((w) => w.digest === next.digest)) wave.push(next);
      }
      if (wave.length === 0) break;
      for (const e of wave) this.inspected.add(e.digest);
      inspected += wave.length;
      const results = await Promise.all(
        wave.map((entry) =>
          inspectCandidate({ source: this.source, entry, subject: this.target.digest, convention })
        )
      );
      for (const r of results) this.accept(r);
    }
    return inspected;
  }

  private accept(r: Awaited<ReturnType<typeof inspectCandidate>>): void {
    if (!r.ok) {
      this.report.rejected.push(r.rejected);
      return;
    }
    const a = r.artifact;
    if (a.mislabelled) this.report.notes.push(`${a.digest} (${a.convention}): ${a.mislabelled}`);
    const useful = a.kinds.filter((k) => this.unmet.has(k));
    if (useful.length === 0) return;
    this.report.found.push(a);
    for (const k of useful) this.unmet.delete(k);
  }

  async referrersApi(filterTypeWhenSingle: string | undefined): Promise<boolean> {
    const first = await this.source.referrers(this.target.digest, filterTypeWhenSingle);
    if (!first.supported) {
      this.outcome('referrers-api', `unsupported: ${first.reason}`);
      return false;
    }
    let listed = first.descriptors.length;
    let inspected = await this.candidates(first.descriptors, 'referrers-api');
    let how = `${listed} listed${first.pages && first.pages > 1 ? ` over ${first.pages} pages` : ''}`;
    if (filterTypeWhenSingle)
      how += first.filtered
        ? `, filtered by the registry on ${filterTypeWhenSingle}`
        : ', filter not applied by the registry';
    if (!this.done && filterTypeWhenSingle && first.filtered) {
      // An attestation of another artifactType may still satisfy the requirement.
      const all = await this.source.referrers(this.target.digest);
      listed = all.descriptors.length;
      inspected += await this.candidates(all.descriptors, 'referrers-api');
      how += `; then ${listed} listed unfiltered`;
    }
    this.outcome('referrers-api', `${how}, ${inspected} inspected`);
    return true;
  }

  async tagFallback(): Promise<void> {
    const tag = fallbackTag(this.target.digest);
    const fetched = await this.source.manifest(tag);
    if (!fetched) {
      this.outcome('tag-fallback', `no tag ${tag} (404): no referrers this way`);
      return;
    }
    if (fetched.digest === this.target.digest) {
      this.report.notes.push(
        `tag ${tag} resolves to the image itself (a GitLab-style registry quirk); its children are not referrers`
      );
      this.outcome('tag-fallback', `tag ${tag} resolves to the image itself; ignored`);
      return;
    }
    if (!isIndex(fetched.manifest)) {
      this.report.notes.push(
        `tag ${tag} is a ${fetched.mediaType || 'manifest'}, not an image index; ignored`
      );
      this.outcome('tag-fallback', `tag ${tag} is not an image index; ignored`);
      return;
    }
    const seen = new Set<string>();
    const entries = (fetched.manifest.manifests ?? []).filter(
      (d) => !seen.has(d.digest) && seen.add(d.digest)
    );
    const inspected = await this.candidates(entries, 'tag-fallback');
    this.outcome(
      'tag-fallback',
      `tag ${tag} (${fetched.digest.slice(0, 19)}…) lists ${entries.length}, ${inspected} inspected`
    );
  }

  async cosignTags(): Promise<void> {
    const parts = new Map<string, string>();
    const probed = new Set<string>();
    // Waves as for listed candidates: for each unmet requirement the first tag that could prove
    // it, fetched at once (.sig and .att together; .sbom only when .att did not bring the SBOM).
    for (;;) {
      if (this.done) break;
      const wave = COSIGN_SUFFIXES.filter(
        ({ suffix, kinds }) =>
          !probed.has(suffix) &&
          kinds.some(
            (k) =>
              this.unmet.has(k) &&
              COSIGN_SUFFIXES.find((c) => !probed.has(c.suffix) && c.kinds.includes(k))?.suffix ===
                suffix
          )
      );
      if (wave.length === 0) break;
      for (const { suffix } of wave) probed.add(suffix);
      const fetched = await Promise.all(
        wave.map(({ suffix }) =>
          this.source.manifest(`${fallbackTag(this.target.digest)}.${suffix}`)
        )
      );
      const inspections: Promise<Awaited<ReturnType<typeof inspectCandidate>>>[] = [];
      wave.forEach(({ suffix }, i) => {
        const f = fetched[i];
        if (!f) {
          parts.set(suffix, `${suffix}: none`);
          return;
        }
        parts.set(suffix, `${suffix}: ${f.digest.slice(0, 19)}…`);
        if (this.inspected.has(f.digest)) return;
        this.inspected.add(f.digest);
        inspections.push(
          inspectCandidate({
            source: this.source,
            entry: { mediaType: f.mediaType, digest: f.digest, size: f.size },
            fetched: f,
            subject: this.target.digest,
            convention: 'cosign-tags'
          })
        );
      });
      for (const r of await Promise.all(inspections)) this.accept(r);
    }
    const shown = COSIGN_SUFFIXES.flatMap(({ suffix }) => parts.get(suffix) ?? []);
    this.outcome('cosign-tags', shown.length ? shown.join(', ') : 'no tag needed');
  }

  /** The attestation manifests the parent index lists for this platform (no request needed). */
  buildxEntries(): Descriptor[] {
    return (this.target.parent?.manifests ?? []).filter(
      (d) =>
        d.annotations?.[ANNOTATION_REFERENCE_TYPE] === ATTESTATION_MANIFEST &&
        d.annotations?.[ANNOTATION_REFERENCE_DIGEST] === this.target.digest
    );
  }

  async buildxIndex(): Promise<void> {
    if (!this.target.parent) {
      this.outcome(
        'buildx-index',
        'not applicable (BuildKit attests platform manifests inside an index)'
      );
      return;
    }
    const entries = this.buildxEntries();
    const inspected = await this.candidates(entries, 'buildx-index');
    this.outcome(
      'buildx-index',
      `${entries.length} attestation manifest${entries.length === 1 ? '' : 's'} for this platform, ${inspected} inspected`
    );
  }

  finish(): TargetReport {
    this.report.missing = [...this.unmet.values()].map((r) => r.name);
    return this.report;
  }
}

export async function discover(
  source: ContentSource,
  target: Target,
  requirements: Requirement[],
  conventions: Convention[]
): Promise<TargetReport> {
  const d = new Discovery(source, target, requirements);
  const filter = requirements.length === 1 ? requirements[0].filterType : undefined;
  // The parent index is already in hand: when it lists attestation manifests for this platform,
  // they are inspected first, and the conventions that would need a request (and usually
  // answer 404 for a BuildKit image) run only for what they left unmet.
  const early = conventions.includes('buildx-index') && d.buildxEntries().length > 0;
  if (early) await d.buildxIndex();
  let api: boolean | undefined;
  for (const c of conventions) {
    if (early && c === 'buildx-index') continue;
    if (d.done) {
      d.report.conventions.push({
        convention: c,
        outcome: early
          ? 'skipped: every requirement already met by the attestations the image index lists (buildx-index)'
          : 'skipped: every requirement already met'
      });
      continue;
    }
    if (c === 'referrers-api') api = await d.referrersApi(filter);
    else if (c === 'tag-fallback') {
      if (api === true) {
        d.report.conventions.push({
          convention: c,
          outcome:
            'skipped: the referrers API answered (it includes fallback-tag referrers per the spec)'
        });
      } else await d.tagFallback();
    } else if (c === 'cosign-tags') await d.cosignTags();
    else await d.buildxIndex();
  }
  // The report lists the conventions in the order given.
  d.report.conventions.sort(
    (a, b) => conventions.indexOf(a.convention) - conventions.indexOf(b.convention)
  );
  return d.finish();
}
