/** The pure pieces of the record: statuses, machine classes and prices, cost, time fields. */
import { describe, expect, it } from '@jest/globals';
import { pipelineRunProblems } from '../../src/telemetry/record-schema.js';
import { DEFAULT_PRICES, machineClassOf, mergePrices, runCost } from '../../src/telemetry/cost.js';
import { evidenceLinks } from '../../src/telemetry/evidence-bundle.js';
import type { JobInfo, RunInfo } from '../../src/telemetry/github-run.js';
import { buildRecord, statusOf } from '../../src/telemetry/run-record.js';

const run = (over: Partial<RunInfo> = {}): RunInfo => ({
  id: 7,
  attempt: 1,
  repository: 'acme/widget',
  event: 'push',
  status: 'completed',
  conclusion: 'success',
  headSha: 'a'.repeat(40),
  headBranch: 'main',
  pullRequests: [],
  createdAt: '2026-12-01T10:00:00Z',
  runStartedAt: '2026-12-01T10:00:00Z',
  ...over
});
const job = (over: Partial<JobInfo> = {}): JobInfo => ({
  id: 1,
  name: 'build',
  status: 'completed',
  conclusion: 'success',
  attempt: 1,
  createdAt: '2026-12-01T10:00:01Z',
  startedAt: '2026-12-01T10:00:03Z',
  completedAt: '2026-12-01T10:02:03Z',
  runnerGroupName: 'GitHub Actions',
  labels: ['ubuntu-latest'],
  ...over
});

describe('statuses', () => {
  it.each([
    ['success', 'success'],
    ['neutral', 'success'],
    ['failure', 'failed'],
    ['timed_out', 'failed'],
    ['startup_failure', 'failed'],
    ['action_required', 'failed'],
    ['cancelled', 'canceled'],
    ['stale', 'canceled'],
    ['skipped', 'skipped']
  ])('%s → %s', (conclusion, status) => expect(statusOf(conclusion, 'x')).toBe(status));

  it('an unknown or missing conclusion is an error, never a guess', () => {
    expect(() => statusOf('exploded', "job 'x'")).toThrow(/conclusion "exploded"/);
    expect(() => statusOf(null, "job 'x'")).toThrow(/conclusion null/);
  });

  it("an unfinished run's status comes from its finished jobs", () => {
    const inProgress = run({ status: 'in_progress', conclusion: null });
    const of = (...c: string[]) =>
      buildRecord({
        run: inProgress,
        jobs: c.map((x, i) => job({ id: i + 1, conclusion: x })),
        prices: DEFAULT_PRICES
      }).record.status;
    expect(of('success', 'skipped')).toBe('success');
    expect(of('success', 'cancelled')).toBe('canceled');
    expect(of('cancelled', 'failure')).toBe('failed');
    expect(of('skipped', 'skipped')).toBe('skipped');
  });
});

describe('machine classes and prices', () => {
  it('maps runs-on labels to classes, a self-hosted runner by its other labels first', () => {
    expect(machineClassOf(['ubuntu-24.04'], DEFAULT_PRICES)?.name).toBe('linux-2');
    expect(machineClassOf(['macos-14-xlarge'], DEFAULT_PRICES)?.name).toBe('macos-xlarge');
    expect(machineClassOf(['Windows-Latest'], DEFAULT_PRICES)?.name).toBe('windows-2');
    expect(machineClassOf(['self-hosted', 'linux', 'x64'], DEFAULT_PRICES)?.name).toBe(
      'self-hosted'
    );
    const fleet = mergePrices(
      {
        classes: { 'gpu-a10': { usd_per_minute: 0.05, cpu: 8, gpu: 1 } },
        labels: { gpu: 'gpu-a10' }
      },
      'p.json'
    );
    expect(machineClassOf(['self-hosted', 'gpu'], fleet)?.name).toBe('gpu-a10');
    expect(machineClassOf(['depot-ubuntu-24.04'], DEFAULT_PRICES)).toBeUndefined();
    expect(DEFAULT_PRICES.classes['linux-2'].usd_per_minute).toBe(0.006); // the override did not leak
  });

  it('bills whole minutes per job; CPU and GPU seconds by the exact duration', () => {
    const gpu = { usd_per_minute: 0.05, cpu: 8, gpu: 1 };
    expect(
      runCost([
        { durationMs: 1, machine: DEFAULT_PRICES.classes['linux-2'] },
        { durationMs: 60_000, machine: DEFAULT_PRICES.classes['linux-2'] },
        { durationMs: 60_001, machine: DEFAULT_PRICES.classes.macos },
        { durationMs: 30_000, machine: gpu },
        { durationMs: 0, machine: DEFAULT_PRICES.classes['linux-2'] },
        { durationMs: 90_000 }
      ])
    ).toEqual({
      usd: 0.006 + 0.006 + 2 * 0.062 + 0.05,
      cpu_seconds: 0.002 + 120 + 180.003 + 240,
      gpu_seconds: 30,
      billedMinutes: 5
    });
  });

  it('refuses an override it cannot apply exactly', () => {
    expect(() => mergePrices([], 'p.json')).toThrow(/must be a JSON object/);
    expect(() => mergePrices({ price: 1 }, 'p.json')).toThrow(/\/price is not a known key/);
    expect(() => mergePrices({ classes: { x: { usd_per_minute: -1, cpu: 2 } } }, 'p.json')).toThrow(
      /usd_per_minute must be a number ≥ 0/
    );
    expect(() => mergePrices({ classes: { x: { usd_per_minute: 1 } } }, 'p.json')).toThrow(
      /\/classes\/x\/cpu/
    );
    expect(() =>
      mergePrices({ classes: { x: { usd_per_minute: 1, cpu: 1, cores: 2 } } }, 'p.json')
    ).toThrow(/cores is not a known key/);
    expect(() => mergePrices({ labels: { a: 'nope' } }, 'p.json')).toThrow(/names no class/);
  });
});

describe('the record', () => {
  it('is valid with one finished job and nothing else, and its times are consistent', () => {
    const b = buildRecord({ run: run(), jobs: [job()], prices: DEFAULT_PRICES });
    expect(pipelineRunProblems(b.record)).toEqual([]);
    expect(b.record).toMatchObject({
      started_at: '2026-12-01T10:00:00Z',
      ended_at: '2026-12-01T10:02:03Z',
      queue_ms: 3000,
      pr: null,
      cost: { usd: 0.012, cpu_seconds: 240, gpu_seconds: 0 }
    });
    expect(b.record.jobs[0]).toMatchObject({ duration_ms: 120_000, queue_ms: 2000, attempt: 1 });
  });

  it('clamps clock skew (a job that "started" before it was created) to 0, never negative', () => {
    const b = buildRecord({
      run: run({ runStartedAt: '2026-12-01T10:05:00Z' }),
      jobs: [job({ createdAt: '2026-12-01T10:00:05Z' })],
      prices: DEFAULT_PRICES
    });
    expect(b.record.jobs[0].queue_ms).toBe(0);
    expect(b.record.queue_ms).toBe(0);
    expect(b.record.ended_at).toBe('2026-12-01T10:05:00Z'); // never before started_at
    expect(pipelineRunProblems(b.record)).toEqual([]);
  });

  it('needs a branch and a finished job', () => {
    expect(() =>
      buildRecord({ run: run({ headBranch: null }), jobs: [job()], prices: DEFAULT_PRICES })
    ).toThrow(/no head_branch/);
    expect(() =>
      buildRecord({ run: run(), jobs: [job({ status: 'queued' })], prices: DEFAULT_PRICES })
    ).toThrow(/no finished job yet/);
  });

  it('a pull request number only for pull_request events', () => {
    const pr = (event: string) =>
      buildRecord({
        run: run({ event, pullRequests: [42] }),
        jobs: [job()],
        prices: DEFAULT_PRICES
      }).record.pr;
    expect([pr('pull_request'), pr('pull_request_target'), pr('push')]).toEqual([42, 42, null]);
  });
});

describe('evidence bundle fields', () => {
  it('reads the five fields and ignores the rest', () => {
    expect(
      evidenceLinks(
        {
          image_digest: 'sha256:' + '0'.repeat(64),
          sbom_uri: 'https://e.example/sbom',
          provenance_uri: 'oci://ghcr.io/a/b@sha256:' + '1'.repeat(64),
          signature_uri: 'https://e.example/sig',
          release_evidence_uri: 'gs://bucket/manifest.json',
          other: 1
        },
        'b.json'
      )
    ).toEqual({
      image_digest: 'sha256:' + '0'.repeat(64),
      sbom_uri: 'https://e.example/sbom',
      provenance_uri: 'oci://ghcr.io/a/b@sha256:' + '1'.repeat(64),
      signature_uri: 'https://e.example/sig',
      release_evidence_uri: 'gs://bucket/manifest.json'
    });
    expect(evidenceLinks({}, 'b.json')).toEqual({});
  });
  it("reads evidence-bundle's release-evidence.json (nulls are none) and the Statement around it", () => {
    const predicate = {
      schema: 'ci-intel.release-evidence.v1',
      run_id: 'acme/widget/actions/runs/1/attempts/1',
      image_digest: 'sha256:' + 'e'.repeat(64),
      sbom_uri: 'oci://ghcr.io/acme/app@sha256:' + 'a'.repeat(64),
      provenance_uri: null,
      signature_uri: null,
      rekor_uuid: null
    };
    const want = { image_digest: predicate.image_digest, sbom_uri: predicate.sbom_uri };
    expect(evidenceLinks(predicate, 'release-evidence.json')).toEqual(want);
    expect(
      evidenceLinks(
        {
          _type: 'https://in-toto.io/Statement/v1',
          subject: [],
          predicateType: 'https://ci-intel.dev/release-evidence/v1',
          predicate
        },
        's.json'
      )
    ).toEqual(want);
    expect(() =>
      evidenceLinks(
        { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', dsseEnvelope: {} },
        'b.sigstore.json'
      )
    ).toThrow(/is a signed Sigstore bundle, not the release evidence itself/);
  });

  it('refuses a field of the wrong shape, naming it', () => {
    expect(() => evidenceLinks({ sbom_uri: 'sbom.json' }, 'b.json')).toThrow(
      /sbom_uri must be an absolute URI/
    );
    expect(() => evidenceLinks({ image_digest: 'sha512:' + '0'.repeat(128) }, 'b.json')).toThrow(
      /image_digest/
    );
    expect(() => evidenceLinks([], 'b.json')).toThrow(/not a JSON object/);
  });
});
