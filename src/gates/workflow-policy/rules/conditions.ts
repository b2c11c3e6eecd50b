/** The `if:` conditions of a workflow (jobs, reusable-workflow calls and steps), with a label. */
import type { Str } from '../../../workflows/workflow.js';
import { stepLabel, type CheckContext } from '../types.js';

export interface Condition {
  cond: Str;
  where: string;
}

const CONDITIONS = new WeakMap<object, Condition[]>();

export function conditionsOf(ctx: CheckContext): Condition[] {
  const cached = CONDITIONS.get(ctx.wf);
  if (cached) return cached;
  const out: Condition[] = [];
  CONDITIONS.set(ctx.wf, out);
  for (const job of ctx.wf.jobs) {
    if (job.if) out.push({ cond: job.if, where: `job '${job.id}'` });
    for (const step of job.steps)
      if (step.if) out.push({ cond: step.if, where: stepLabel(job, step) });
  }
  return out;
}
