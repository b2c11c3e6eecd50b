/**
 * The zizmor-derived rules through the configuration, as every other rule: levels from
 * workflow-policy.rules (an off-by-default rule turned on, a default one turned off) and a
 * justified, expiring exception from workflow-policy.exceptions; an expired one excuses nothing.
 */
import { describe, expect, it } from '@jest/globals';
import { check, of } from '../helpers.js';

const W = '.github/workflows/ci.yml';
const WORKFLOW = `on: pull_request
permissions: {}
jobs:
  build:
    runs-on: [self-hosted, linux]
    if: github.actor == 'dependabot[bot]'
    steps:
      - run: echo ok
`;

const config = (exceptionExpires: string) => `version: 1
workflow-policy:
  rules:
    self-hosted-runner: error
    concurrency: off
  exceptions:
    - rule: bot-conditions
      path: ${W}
      justification: dependabot-only job, reviewed; it runs nothing privileged
      expires: ${exceptionExpires}
`;

describe('zizmor-derived rules in the configuration', () => {
  it('turns an off rule on and excuses a finding with a justified exception', async () => {
    const r = await check({ [W]: WORKFLOW, '.ci-intel/config.yml': config('2027-06-30') });
    expect(of(r, 'self-hosted-runner').map((f) => [f.line, f.severity])).toEqual([[5, 'error']]);
    expect(of(r, 'bot-conditions').map((f) => [f.line, f.severity])).toEqual([[6, 'note']]);
    expect(of(r, 'bot-conditions')[0].message).toContain('excepted until 2027-06-30');
    expect(of(r, 'concurrency')).toEqual([]);
    expect(r.verdict).toBe('fail');
  });

  it('an expired exception excuses nothing and is itself an error', async () => {
    const r = await check({ [W]: WORKFLOW, '.ci-intel/config.yml': config('2026-01-31') });
    expect(of(r, 'bot-conditions').map((f) => f.severity)).toEqual(['error']);
    expect(of(r, 'exception-invalid')[0].message).toContain('bot-conditions exception');
  });

  it('by default the auditor-persona rules are off', async () => {
    const r = await check({ [W]: WORKFLOW });
    expect(of(r, 'self-hosted-runner')).toEqual([]);
    expect(of(r, 'bot-conditions').map((f) => f.severity)).toEqual(['error']);
  });
});
