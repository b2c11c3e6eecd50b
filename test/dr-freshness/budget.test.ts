import { describe, expect, it } from '@jest/globals';
import { assessDrill, type Budget, type DrillFacts } from '../../src/drill/budget.js';
import { parseRfc3339 } from '../../src/drill/timestamp.js';

const budget: Budget = { maxAgeMs: 7 * 86_400_000, maxRpoS: 60, maxRtoS: 300 };
const NOW = new Date('2026-11-23T12:00:00Z');
const facts = (over: Partial<DrillFacts> = {}): DrillFacts => ({
  lastSuccess: '2026-11-20T03:00:00Z',
  lastSuccessField: 'drill.last_success_rfc3339',
  type: 'restore',
  result: 'pass',
  rpoS: 42,
  rtoS: 180,
  ...over
});

describe('parseRfc3339', () => {
  it('reads Z, offsets and fractions to the same instant', () => {
    const a = parseRfc3339('2026-11-20T03:00:00Z');
    const b = parseRfc3339('2026-11-20T04:30:00.000+01:30');
    const c = parseRfc3339('2026-11-19t22:00:00-05:00');
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (a.ok && b.ok && c.ok) {
      expect(b.date.getTime()).toBe(a.date.getTime());
      expect(c.date.getTime()).toBe(a.date.getTime());
    }
  });

  it.each([
    ['2026-11-20', 'a date alone'],
    ['2026-11-20T03:00:00', 'no offset'],
    ['2026-02-30T03:00:00Z', 'day out of range'],
    ['2026-11-20T24:00:00Z', 'hour out of range'],
    ['2026-13-01T00:00:00Z', 'month out of range'],
    ['1700000000', 'epoch seconds'],
    ['yesterday', 'words'],
    ['2026-11-20T03:00:00+25:00', 'offset out of range']
  ])('rejects %s (%s)', (text) => {
    const p = parseRfc3339(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.reason).toContain(text);
  });

  it('accepts a leap second as the last instant of the minute', () => {
    const p = parseRfc3339('2016-12-31T23:59:60Z');
    expect(p.ok && p.date.toISOString()).toBe('2016-12-31T23:59:59.999Z');
  });
});

describe('assessDrill', () => {
  it('passes a fresh drill within every budget', () => {
    const a = assessDrill(facts(), budget, NOW);
    expect(a.verdict).toBe('pass');
    expect(a.findings).toEqual([]);
    expect(a.ageMs).toBe(3 * 86_400_000 + 9 * 3_600_000);
    expect(a.checks.map((c) => [c.check, c.status])).toEqual([
      ['age', 'ok'],
      ['result', 'ok'],
      ['rpo', 'ok'],
      ['rto', 'ok']
    ]);
  });

  it('passes at exactly max-age and fails one millisecond later', () => {
    const at = new Date(Date.parse('2026-11-20T03:00:00Z') + budget.maxAgeMs);
    expect(assessDrill(facts(), budget, at).verdict).toBe('pass');
    const after = assessDrill(facts(), budget, new Date(at.getTime() + 1));
    expect(after.verdict).toBe('fail');
    expect(after.findings[0].rule).toBe('dr/stale');
  });

  it('fails a stale drill, naming the check, the actual age and the budget', () => {
    const a = assessDrill(facts({ lastSuccess: '2026-11-10T12:00:00Z' }), budget, NOW);
    expect(a.verdict).toBe('fail');
    expect(a.findings).toHaveLength(1);
    expect(a.findings[0].message).toBe(
      'age: last successful drill 2026-11-10T12:00:00Z is 13d old; expected ≤ 7d (max-age)'
    );
  });

  it('fails a drill whose result is not pass', () => {
    const a = assessDrill(facts({ result: 'fail' }), budget, NOW);
    expect(a.verdict).toBe('fail');
    expect(a.findings[0].rule).toBe('dr/drill-failed');
    expect(a.findings[0].message).toBe(
      "result: the 'restore' drill's result is 'fail'; expected 'pass'"
    );
  });

  it('fails RPO and RTO over budget, and passes them exactly at the budget', () => {
    const over = assessDrill(facts({ rpoS: 61, rtoS: 300.5 }), budget, NOW);
    expect(over.verdict).toBe('fail');
    expect(over.findings.map((f) => f.rule)).toEqual(['dr/rpo-over-budget', 'dr/rto-over-budget']);
    expect(over.findings[0].message).toBe(
      "rpo: the drill's RPO is 61 s; expected ≤ 60 s (max-rpo-seconds)"
    );
    expect(over.findings[1].message).toBe(
      "rto: the drill's RTO is 300.500 s; expected ≤ 300 s (max-rto-seconds)"
    );
    expect(assessDrill(facts({ rpoS: 60, rtoS: 300 }), budget, NOW).verdict).toBe('pass');
  });

  it('reports every failing check at once', () => {
    const a = assessDrill(
      facts({ lastSuccess: '2026-11-01T00:00:00Z', result: 'partial', rpoS: 600, rtoS: 3600 }),
      budget,
      NOW
    );
    expect(a.findings.map((f) => f.rule)).toEqual([
      'dr/stale',
      'dr/drill-failed',
      'dr/rpo-over-budget',
      'dr/rto-over-budget'
    ]);
  });

  it('errors (never passes) on a missing or unparsable timestamp', () => {
    for (const lastSuccess of [undefined, '', 'last tuesday', '2026-11-20 03:00']) {
      const a = assessDrill(facts({ lastSuccess }), budget, NOW);
      expect(a.verdict).toBe('error');
      expect(a.findings[0].rule).toBe('dr/timestamp-invalid');
      expect(a.findings[0].message).toContain('drill.last_success_rfc3339');
    }
  });

  it('errors on a time more than 5 minutes in the future, tolerates skew up to 5 minutes', () => {
    const future = assessDrill(facts({ lastSuccess: '2026-11-23T12:05:01Z' }), budget, NOW);
    expect(future.verdict).toBe('error');
    expect(future.findings[0].rule).toBe('dr/timestamp-future');
    expect(future.findings[0].message).toContain('is 5m 1s after now (2026-11-23T12:00:00Z)');
    const skewed = assessDrill(facts({ lastSuccess: '2026-11-23T12:05:00Z' }), budget, NOW);
    expect(skewed.verdict).toBe('pass');
    expect(skewed.checks[0].actual).toContain('within clock skew');
  });

  it('a failing budget does not hide an unreadable time: error wins', () => {
    expect(assessDrill(facts({ lastSuccess: 'x', rpoS: 999 }), budget, NOW).verdict).toBe('error');
  });

  it('marks RPO/RTO unverified when the source does not record them', () => {
    const a = assessDrill(facts({ rpoS: undefined, rtoS: undefined }), budget, NOW);
    expect(a.verdict).toBe('pass');
    expect(a.checks.filter((c) => c.status === 'unverified').map((c) => c.check)).toEqual([
      'rpo',
      'rto'
    ]);
  });
});
