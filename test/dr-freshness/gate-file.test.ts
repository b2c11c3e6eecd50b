import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActionSpec } from '../../src/core/action-spec.js';
import type { Gate } from '../../src/core/gate.js';
import { runGate } from '../../src/core/run-gate.js';
import { drFreshness } from '../../src/gates/dr-freshness/index.js';
import { detailsMarkdown } from '../../src/gates/dr-freshness/summary.js';
import { expectValidResult } from '../helpers/result-schema.js';

const ws = mkdtempSync(join(tmpdir(), 'dr-file-'));
afterAll(() => rmSync(ws, { recursive: true, force: true }));
const spec = loadActionSpec('dr-freshness');
const ctx = {
  workspace: ws,
  tempDir: ws,
  env: {},
  now: () => new Date('2026-11-23T12:00:00Z'),
  log: () => undefined,
  secret: () => undefined
};

function evidenceFile(name: string, drill: Record<string, unknown> | string): string {
  writeFileSync(
    join(ws, name),
    typeof drill === 'string' ? drill : JSON.stringify({ drill, producer: 'drill-bot' })
  );
  return name;
}
const good = {
  last_success_rfc3339: '2026-11-20T03:00:00Z',
  type: 'restore',
  rpo_s: 42,
  rto_s: 180,
  result: 'pass'
};
const run = (raw: Record<string, string>) => runGate(drFreshness as Gate, raw, ctx, { spec });

describe('dr-freshness with an evidence file', () => {
  it('passes a fresh drill within budget and sets the outputs', async () => {
    const r = await run({ evidence: evidenceFile('fresh.json', good) });
    expectValidResult(r);
    expect(r.verdict).toBe('pass');
    expect(r.outputs).toEqual({
      'last-success': '2026-11-20T03:00:00Z',
      'age-seconds': String(3 * 86400 + 9 * 3600),
      'rpo-seconds': '42',
      'rto-seconds': '180'
    });
    expect(r.summary).toBe(
      'DR drill is fresh and within budget: age 3d 9h (≤ 7d); result pass (pass); rpo 42 s (≤ 60 s); rto 180 s (≤ 300 s)'
    );
  });

  it('uses the now input, and accepts max-age as hours or ISO 8601', async () => {
    const f = evidenceFile('now.json', good);
    expect(
      (await run({ evidence: f, now: '2026-11-21T15:00:00Z', 'max-age': '36h' })).verdict
    ).toBe('pass');
    expect(
      (await run({ evidence: f, now: '2026-11-21T15:00:01Z', 'max-age': '36h' })).verdict
    ).toBe('fail');
    expect(
      (await run({ evidence: f, now: '2026-11-27T03:00:00Z', 'max-age': 'P7D' })).verdict
    ).toBe('pass');
    expect(
      (await run({ evidence: f, now: '2026-11-27T03:00:00.001Z', 'max-age': 'P7D' })).verdict
    ).toBe('fail');
  });

  it('fails a stale drill at the boundary plus one second, passes at exactly max-age', async () => {
    const f = evidenceFile('boundary.json', good);
    const at = await run({ evidence: f, now: '2026-11-27T03:00:00Z' });
    expect(at.verdict).toBe('pass');
    expect(at.outputs['age-seconds']).toBe('604800');
    const stale = await run({ evidence: f, now: '2026-11-27T03:00:01Z' });
    expectValidResult(stale);
    expect(stale.verdict).toBe('fail');
    expect(stale.findings[0].message).toBe(
      'age: last successful drill 2026-11-20T03:00:00Z is 7d 1s old; expected ≤ 7d (max-age)'
    );
  });

  it('fails a failing drill and over-budget RPO/RTO with custom budgets', async () => {
    const r = await run({
      evidence: evidenceFile('over.json', { ...good, result: 'fail', rpo_s: 90, rto_s: 200 }),
      'max-rpo-seconds': '30',
      'max-rto-seconds': '120'
    });
    expect(r.verdict).toBe('fail');
    expect(r.findings.map((f) => f.message)).toEqual([
      "result: the 'restore' drill's result is 'fail'; expected 'pass'",
      "rpo: the drill's RPO is 90 s; expected ≤ 30 s (max-rpo-seconds)",
      "rto: the drill's RTO is 200 s; expected ≤ 120 s (max-rto-seconds)"
    ]);
  });

  it('errors on a timestamp in the future beyond clock skew', async () => {
    const r = await run({
      evidence: evidenceFile('future.json', {
        ...good,
        last_success_rfc3339: '2026-11-23T12:10:00Z'
      })
    });
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    expect(r.findings[0].rule).toBe('dr/timestamp-future');
    expect(r.outputs['age-seconds']).toBe('');
  });

  it('errors on an unparsable timestamp', async () => {
    const r = await run({
      evidence: evidenceFile('badtime.json', { ...good, last_success_rfc3339: '20/11/2026 03:00' })
    });
    expect(r.verdict).toBe('error');
    expect(r.findings[0].message).toContain(
      "drill.last_success_rfc3339 '20/11/2026 03:00' is not an RFC 3339 date-time"
    );
  });

  it('errors on malformed evidence, naming each bad field', async () => {
    const r = await run({
      evidence: evidenceFile('schema.json', {
        last_success_rfc3339: '2026-11-20T03:00:00Z',
        type: 'restore',
        rpo_s: '42',
        result: 'pass'
      })
    });
    expectValidResult(r);
    expect(r.verdict).toBe('error');
    const messages = r.findings.map((f) => f.message);
    expect(messages).toContain("evidence: schema.json: drill: missing required field 'rto_s'");
    expect(messages).toContain('evidence: schema.json: drill.rpo_s: must be number');
    expect(r.findings.every((f) => f.rule === 'dr/evidence-invalid')).toBe(true);
  });

  it('errors on broken JSON, a missing drill object, a missing file and a huge file', async () => {
    const broken = await run({ evidence: evidenceFile('broken.json', '{"drill": {') });
    expect(broken.verdict).toBe('error');
    expect(broken.findings[0].message).toMatch(/^evidence: broken.json is not valid JSON: /);
    const nodrill = await run({ evidence: evidenceFile('nodrill.json', '{"dr": {}}') });
    expect(nodrill.findings[0].message).toBe(
      "evidence: nodrill.json: (root): missing required field 'drill'"
    );
    const missing = await run({ evidence: 'nope.json' });
    expect(missing.verdict).toBe('error');
    expect(missing.findings[0].message).toBe("input 'evidence': nope.json does not exist");
    writeFileSync(join(ws, 'huge.json'), Buffer.alloc(2 * 1024 * 1024, 0x20));
    const huge = await run({ evidence: 'huge.json' });
    expect(huge.verdict).toBe('error');
    expect(huge.findings[0].message).toBe(
      "input 'evidence': huge.json is 2 MiB; the limit is 1 MiB"
    );
  });

  it('errors on bad inputs, naming the input', async () => {
    const f = evidenceFile('inputs.json', good);
    const cases: [Record<string, string>, string][] = [
      [{}, "input 'evidence': give 'evidence'"],
      [{ evidence: f, now: 'tomorrow' }, "input 'now': 'tomorrow' is not an RFC 3339 date-time"],
      [{ evidence: f, 'max-age': 'a week' }, "input 'max-age': 'a week' is not a duration"],
      [
        { evidence: f, 'max-rpo-seconds': '-1' },
        "input 'max-rpo-seconds': '-1' is out of range; allowed: 0 to 31622400"
      ],
      [{ evidence: f, 'artifact-name': 'x' }, "input 'artifact-name': only applies with 'workflow'"]
    ];
    for (const [raw, message] of cases) {
      const r = await run(raw);
      expect(r.verdict).toBe('error');
      expect(r.findings[0].rule).toBe('input/invalid');
      expect(r.findings[0].message).toContain(message);
    }
  });

  it('renders the job summary table: age against max-age, RPO/RTO against theirs', async () => {
    const r = await run({ evidence: evidenceFile('table.json', { ...good, rpo_s: 75 }) });
    const md = detailsMarkdown(r.evidence) ?? '';
    expect(md).toContain('Evidence: `table.json`');
    expect(md).toContain(
      '| Age of last successful drill | 3d 9h | ≤ 7d (max-age) | ✅ within budget |'
    );
    expect(md).toContain('| RPO (data loss) | 75 s | ≤ 60 s (max-rpo-seconds) | ❌ over budget |');
    expect(md).toContain(
      '| RTO (time to recover) | 180 s | ≤ 300 s (max-rto-seconds) | ✅ within budget |'
    );
  });
});
