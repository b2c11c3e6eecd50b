/** A report over two months of records (several repositories, hostile names included). */
import { loadRecords, type LoadStats } from '../../src/report/load.js';
import { computeReport, type ReportData } from '../../src/report/metrics.js';
import { openDatabase } from '../../src/report/sqlite.js';
import { deploy, ndjson, run, SHA, tempDir, type Rec } from './records.js';

export const HOSTILE_POLICY = '<script>window.pwned=1</script>"] ``` | x';
export const HOSTILE_REPO = 'evil/<img src=x onerror="window.pwned=2">';

export function fleet(): Rec[] {
  const out: Rec[] = [];
  const start = Date.UTC(2026, 8, 7, 8);
  for (let i = 0; i < 240; i++) {
    const t = start + i * 6 * 3600_000;
    const failed = i % 7 === 3;
    const iso = (ms: number): string => new Date(ms).toISOString();
    const base = {
      repo: i % 5 === 0 ? HOSTILE_REPO : `acme/svc-${i % 3}`,
      commit_sha: SHA('0123456789abcdef'[i % 16]),
      status: failed ? 'failed' : 'success',
      started_at: iso(t),
      ended_at: iso(t + (5 + (i % 11)) * 60_000),
      queue_ms: 1000 * (i % 37),
      flakiness_index: 0.01 + 0.04 * Math.abs(Math.sin(i / 30)),
      policies: [
        { id: 'ci-intel/workflow-policy', result: i % 9 === 0 ? 'deny' : 'allow' },
        { id: HOSTILE_POLICY, result: i % 13 === 0 ? 'deny' : 'warn' }
      ]
    };
    out.push(
      i % 4 === 3
        ? deploy(`d${i}`, { ...base, release_evidence_uri: 'https://e.example/x' })
        : run(base)
    );
  }
  return out;
}

export async function fleetReport(): Promise<{ data: ReportData; stats: LoadStats }> {
  const dir = tempDir();
  ndjson(dir, 'fleet.ndjson', [...fleet(), 'not json']);
  const db = await openDatabase();
  try {
    const stats = loadRecords(db, [dir], { cwd: dir });
    return { data: computeReport(db), stats };
  } finally {
    db.close();
  }
}
