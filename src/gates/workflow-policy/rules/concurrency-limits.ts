/**
 * concurrency-limits (zizmor): a concurrency group without `cancel-in-progress`. A missing group
 * on push / pull_request workflows is the `concurrency` rule's finding; this one covers
 * `concurrency: <group>` (the bare form) at workflow level, or on jobs when the workflow sets none.
 * Workflows that only run as reusable workflows (`workflow_call`) are left to their callers.
 */
import { isMap } from '../../../workflows/yaml-nodes.js';
import type { CheckContext, RuleFinding } from '../types.js';

export function concurrencyLimits(ctx: CheckContext): RuleFinding[] {
  const { wf } = ctx;
  const y = wf.yaml;
  if (wf.triggers.every((t) => t.event === 'workflow_call')) return [];
  const out: RuleFinding[] = [];
  const bare = (node: unknown) => {
    const n = y.resolve(node);
    return n !== undefined && !isMap(n);
  };
  const msg = (where: string) =>
    `${where} sets a concurrency group without cancel-in-progress: expected cancel-in-progress: true (or false, said on purpose), got the bare group, so a new run queues behind a superseded one`;
  const help =
    'Write concurrency: { group: …, cancel-in-progress: true } (cancel-in-progress: false for release and deploy runs that must finish).';
  if (wf.concurrency) {
    if (bare(wf.concurrency.node)) {
      out.push({
        rule: 'concurrency-limits',
        message: msg('the workflow'),
        help,
        ...wf.concurrency.pos
      });
    }
    return out;
  }
  for (const job of wf.jobs) {
    if (job.uses) continue;
    const c = y.get(job.node, 'concurrency');
    if (c && bare(c.value)) {
      out.push({
        rule: 'concurrency-limits',
        message: msg(`job '${job.id}'`),
        help,
        ...y.pos(c.keyNode)
      });
    }
  }
  return out;
}
