/** concurrency: push / pull_request workflows declare a concurrency group (so superseded runs can be cancelled). */
import type { CheckContext, RuleFinding } from '../types.js';

const NEEDS_CONCURRENCY = new Set(['push', 'pull_request']);

export function concurrency(ctx: CheckContext): RuleFinding[] {
  const { wf } = ctx;
  const triggers = wf.triggers.map((t) => t.event).filter((e) => NEEDS_CONCURRENCY.has(e));
  if (!triggers.length || wf.concurrency) return [];
  const y = wf.yaml;
  if (wf.jobs.length && wf.jobs.every((j) => y.get(j.node, 'concurrency'))) return [];
  return [
    {
      rule: 'concurrency',
      message: `the workflow runs on ${triggers.join(' and ')} but declares no concurrency: expected a top-level concurrency group, got none, so superseded runs keep running`,
      help: 'Add: concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true } (use cancel-in-progress: false for release and deploy workflows).',
      line: wf.onPos.line,
      column: wf.onPos.column
    }
  ];
}
