/**
 * job-timeout (ours; zizmor has no audit for it): every job that runs on a runner sets
 * `timeout-minutes`, or a hung step holds the runner for GitHub's 6-hour default (self-hosted:
 * until someone notices) with the job's token live all that time.
 */
import type { CheckContext, RuleFinding } from '../types.js';

export function jobTimeout(ctx: CheckContext): RuleFinding[] {
  const y = ctx.wf.yaml;
  const out: RuleFinding[] = [];
  for (const job of ctx.wf.jobs) {
    if (job.uses) continue; // a reusable-workflow call: its jobs set their own
    if (y.get(job.node, 'timeout-minutes')) continue;
    out.push({
      rule: 'job-timeout',
      message: `job '${job.id}' sets no timeout-minutes: expected a bound on how long it may run, got GitHub's default of 360 minutes`,
      help: "Add 'timeout-minutes: <n>' to the job, a little above its usual duration (e.g. 15 for tests, 30 for builds).",
      line: job.pos.line,
      column: job.pos.column
    });
  }
  return out;
}
