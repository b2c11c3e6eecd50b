/** The report's figures on records whose answers are worked out by hand (records.ts scenario). */
import { describe, expect, it } from '@jest/globals';
import { loadRecords } from '../../src/report/load.js';
import { computeReport, nearestRank, type ReportData } from '../../src/report/metrics.js';
import { openDatabase } from '../../src/report/sqlite.js';
import { at, deploy, ndjson, run, scenario, SHA, tempDir, toV11, type Rec } from './records.js';

const MIN = 60_000;

async function report(records: Rec[]): Promise<ReportData> {
  const dir = tempDir();
  ndjson(dir, 'runs.ndjson', records);
  const db = await openDatabase();
  try {
    loadRecords(db, [dir], { cwd: dir });
    return computeReport(db);
  } finally {
    db.close();
  }
}

describe('report figures', () => {
  it('run health: success rate over runs that tried, nearest-rank p50/p95 of duration and queue', async () => {
    const r = await report(scenario());
    expect(r.health.runs).toBe(8);
    expect(r.health.byStatus).toEqual({ success: 4, failed: 2, canceled: 1, skipped: 1 });
    expect(r.health.successRate).toBeCloseTo(4 / 7, 10);
    // durations 0, 1, 5, 10, 10, 10, 15, 20 minutes
    expect(r.health.durationMs).toEqual({ n: 8, p50: 10 * MIN, p95: 20 * MIN });
    // queue 10…60 s on six runs; the canceled and skipped runs carry none
    expect(r.health.queueMs).toEqual({ n: 6, p50: 30_000, p95: 60_000 });
    expect(r.byRepo.map((x) => [x.repo, x.runs])).toEqual([['org/app', 8]]);
  });

  it('DORA: deployments, lead time from the first run of the commit, change failure rate, time to restore', async () => {
    const r = await report(scenario());
    expect(r.dora.deployments).toBe(3);
    expect(r.dora.successfulDeployments).toBe(2);
    expect(r.dora.failedDeployments).toBe(1);
    expect(r.dora.changeFailureRate).toBeCloseTo(1 / 3, 10);
    expect(r.window).toEqual({
      from: at('10:00').replace('Z', '.000Z'),
      to: at('16:00').replace('Z', '.000Z'),
      days: 1
    });
    expect(r.dora.perDay).toBe(2);
    // d1: 10:00 (first run of commit a) → 11:20; d3: 12:00 (first run of b) → 14:15
    expect(r.dora.leadTimeMs).toEqual({ n: 2, p50: 80 * MIN, p95: 135 * MIN });
    // d2 failed at 13:10, d3 restored at 14:15
    expect(r.dora.timeToRestoreMs).toEqual({ n: 1, p50: 65 * MIN, p95: 65 * MIN });
    expect(r.dora.unrestored).toBe(0);
    expect(r.mttr).toEqual([
      { environment: '(none)', failures: 1, restored: 1, medianMs: 35 * MIN },
      { environment: 'prod', failures: 1, restored: 1, medianMs: 65 * MIN }
    ]);
  });

  it('a rollback or a canary rollback decision is a failed change; a re-run of a deployment counts once', async () => {
    const r = await report([
      deploy('x1', {
        started_at: at('10:00'),
        ended_at: at('10:10'),
        rollback_reason: 'error budget burned'
      }),
      deploy('x2', {
        started_at: at('11:00'),
        ended_at: at('11:10'),
        canary: { decision: 'rollback' }
      }),
      deploy('x3', {
        started_at: at('12:00'),
        ended_at: at('12:10'),
        status: 'failed',
        release_evidence_uri: undefined
      }),
      deploy('x3', { started_at: at('12:20'), ended_at: at('12:30') }),
      deploy('x4', {
        started_at: at('13:00'),
        ended_at: at('13:10'),
        canary: { decision: 'promote' }
      }),
      deploy('x5', { started_at: at('14:00'), ended_at: at('14:01'), status: 'canceled' })
    ]);
    // x1, x2 failed; x3's last attempt succeeded; x4 succeeded; x5 never deployed
    expect(r.dora.deployments).toBe(4);
    expect(r.dora.failedDeployments).toBe(2);
    // x1 and x2 are one failure streak, restored by x3 at 12:30 — 140 minutes after x1
    expect(r.dora.timeToRestoreMs).toEqual({ n: 1, p50: 140 * MIN, p95: 140 * MIN });
  });

  it('without production deployments the DORA figures are absent, not zero', async () => {
    const r = await report([run({ environment: 'staging' })]);
    expect(r.dora.deployments).toBe(0);
    expect(r.dora.changeFailureRate).toBeNull();
    expect(r.dora.leadTimeMs.p50).toBeNull();
  });

  it('gate denials by policy id, cache quarantines by reason, flakiness over time', async () => {
    const r = await report(scenario());
    expect(r.denials).toEqual([
      { id: 'ci-intel/workflow-policy', deny: 2, warn: 0, evaluated: 3 },
      { id: 'ci-intel/cache-sentinel', deny: 1, warn: 0, evaluated: 1 },
      { id: 'ci-intel/sbom-vex', deny: 0, warn: 1, evaluated: 1 }
    ]);
    expect(r.quarantines).toEqual({
      total: 1,
      byReason: [{ reason: 'signature-invalid', count: 1 }]
    });
    expect(r.flakiness.records).toBe(2);
    expect(r.flakiness.mean).toBeCloseTo(0.2, 10);
    expect(r.bucket).toBe('day');
    expect(r.series).toHaveLength(1);
    expect(r.series[0]).toMatchObject({ start: '2026-11-02', runs: 8, deployments: 2 });
    expect(r.series[0].flakiness).toBeCloseTo(0.2, 10);
  });

  it('buckets by ISO week (Monday) past 45 days, and reads v1.1 flakiness through the migration', async () => {
    const recs = [
      run({
        started_at: '2026-09-02T10:00:00Z',
        ended_at: '2026-09-02T10:05:00Z',
        flakiness_index: 0.5
      }),
      toV11(
        run({
          started_at: '2026-11-04T10:00:00Z',
          ended_at: '2026-11-04T10:05:00Z',
          flakiness_index: 0.25
        })
      ),
      run({
        started_at: '2026-11-08T23:59:00Z',
        ended_at: '2026-11-09T00:05:00Z',
        flakiness_index: 0.75,
        commit_sha: SHA('e')
      })
    ];
    const r = await report(recs);
    expect(r.bucket).toBe('week');
    // 2026-09-02 is a Wednesday (week of Mon 08-31); 11-04 Wed and 11-08 Sun are in the week of Mon 11-02
    expect(r.series.map((s) => [s.start, s.runs, s.flakiness])).toEqual([
      ['2026-08-31', 1, 0.5],
      ['2026-11-02', 2, 0.5]
    ]);
  });

  it('nearest rank', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(nearestRank([7], 95)).toBe(7);
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRank([1, 2, 3, 4], 95)).toBe(4);
    expect(
      nearestRank(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95
      )
    ).toBe(95);
  });
});
