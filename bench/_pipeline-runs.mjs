// Synthetic pipeline_run.v1.2 records for the report bench (and the engine probe): deterministic
// (seeded), valid against schema/pipeline_run.v1.2.json, with the spread a real fleet has —
// several repositories, CI runs on branches before a prod deployment of the same commit,
// failures, rollbacks, gate denials, cache quarantines, a drifting flakiness index.

/** mulberry32: a small seeded PRNG, so every run of the bench reads the same bytes. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (r, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
  return s;
};

function uuid(r) {
  const h = hex(r, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Math.floor(r() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const POLICIES = [
  'ci-intel/pr-target-ban',
  'ci-intel/workflow-policy',
  'ci-intel/slsa-verify',
  'ci-intel/sbom-vex',
  'ci-intel/egress-check'
];

/**
 * `n` records, one JSON object per line. Every fourth commit is deployed to prod after its CI
 * run; 10% of runs fail; 1 in 8 prod deployments fails or is rolled back.
 */
export function* pipelineRuns(n, { seed = 14, days = 90, start = Date.UTC(2026, 8, 1) } = {}) {
  const r = rng(seed);
  const step = (days * 86400_000) / n;
  let commit = hex(r, 40);
  for (let i = 0; i < n; i++) {
    const repo = `acme/svc-${Math.floor(i / 4) % 7}`;
    const t0 = start + Math.floor(i * step + r() * step);
    const deploy = i % 4 === 3;
    if (!deploy) commit = hex(r, 40);
    const roll = r();
    let status =
      roll < 0.86 ? 'success' : roll < 0.96 ? 'failed' : roll < 0.99 ? 'canceled' : 'skipped';
    const durationMs = Math.floor(60_000 + r() * 600_000 * (1 + (i % 3)));
    const queueMs = Math.floor(r() * r() * 120_000);
    const rec = {
      schema: 'pipeline_run.v1.2',
      run_id: uuid(r),
      repo,
      commit_sha: commit,
      branch: deploy ? 'main' : `feature/${i % 50}`,
      pr: deploy ? null : 1 + (i % 500),
      started_at: new Date(t0).toISOString(),
      ended_at: new Date(t0 + durationMs).toISOString(),
      status,
      queue_ms: queueMs,
      runner_os: 'linux',
      runner_type: i % 9 === 0 ? 'self-hosted' : 'hosted',
      cache_keys: [`npm-${i % 3}`],
      flakiness_index: Math.min(1, Math.max(0, 0.02 + 0.03 * Math.sin(i / (n / 6)) + r() * 0.02)),
      jobs: [
        {
          id: 'build',
          name: 'build',
          status: status === 'skipped' ? 'skipped' : 'success',
          attempt: 1,
          duration_ms: Math.floor(durationMs * 0.4),
          queue_ms: Math.floor(queueMs / 2),
          cache: { hit: r() < 0.8, key: `npm-${i % 3}` },
          machine: { class: 'standard', cpu: '4', ram_gb: 16 },
          matrix: { node: 24, os: 'ubuntu' }
        },
        {
          id: 'test',
          name: 'test',
          status,
          attempt: r() < 0.05 ? 2 : 1,
          duration_ms: Math.floor(durationMs * 0.6),
          queue_ms: Math.floor(queueMs / 2)
        }
      ],
      tests: {
        total: 1200 + (i % 100),
        failed: status === 'failed' ? 1 + Math.floor(r() * 5) : 0,
        skipped: 10,
        duration_ms: Math.floor(durationMs * 0.5),
        resilience: { mutants_total: 900, killed: 810, equiv: 30, timeout: 12, score: 0.9 }
      },
      policies: POLICIES.slice(0, 2 + (i % 4)).map((id) => {
        const d = r();
        return {
          id,
          result: d < 0.04 ? 'deny' : d < 0.07 ? 'warn' : 'allow',
          reason: d < 0.04 ? `${id} denied` : 'ok',
          time_ns: Math.floor(r() * 5e8)
        };
      }),
      cost: { usd: Math.round(durationMs * 0.000008 * 100) / 100, cpu_seconds: durationMs / 250 }
    };
    if (r() < 0.01) {
      rec.policies.push({
        id: 'ci-intel/cache-sentinel',
        result: 'deny',
        reason: `quarantined cache entry npm-${i % 3} (${r() < 0.5 ? 'signature' : 'integrity'}): rejected`,
        time_ns: 1000
      });
    }
    if (deploy) {
      rec.environment = 'prod';
      rec.deployment_id = `deploy-${i}`;
      rec.strategy = 'canary';
      rec.release_evidence_uri = `https://evidence.example.com/${rec.run_id}.json`;
      if (status === 'success' && r() < 0.05) rec.rollback_reason = 'canary error rate above 1%';
    } else if (i % 10 === 1) {
      rec.environment = 'staging';
      rec.release_evidence_uri = `https://evidence.example.com/${rec.run_id}.json`;
    }
    yield JSON.stringify(rec);
  }
}
