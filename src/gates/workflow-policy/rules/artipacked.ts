/**
 * artipacked (zizmor: artipacked, the checkout-only case): actions/checkout without
 * `persist-credentials: false` in a job with no later upload (persist-credentials covers those).
 * The token stays in `.git/config` (before checkout v6) for every later step, cache and artifact
 * of the job. An explicit `persist-credentials: true` is a stated choice and not flagged here.
 */
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';
import { credentialCheckouts, isUpload } from './checkout-credentials.js';

export function artipacked(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const job of ctx.wf.jobs) {
    for (const { step, persist, modern } of credentialCheckouts(ctx, job)) {
      if (persist !== undefined && persist.toLowerCase() === 'true') continue;
      if (persist?.includes('${{')) continue;
      if (job.steps.slice(step.index + 1).some(isUpload)) continue;
      out.push({
        rule: 'artipacked',
        message: `${stepLabel(job, step)}: actions/checkout leaves the job's token in the ${modern ? 'runner (checkout v6+ keeps it outside .git/config)' : 'checkout (.git/config)'} for every later step: expected persist-credentials: false, got ${persist ? `'${persist}'` : 'the default (true)'}`,
        help: "Add 'with: { persist-credentials: false }'; a step that must push can configure its own credentials.",
        line: step.uses!.pos.line,
        column: step.uses!.pos.column
      });
    }
  }
  return out;
}
