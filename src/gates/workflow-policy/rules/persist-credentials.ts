/**
 * persist-credentials (zizmor's "artipacked", where it pairs a checkout with an upload): in a
 * job that uploads artifacts after actions/checkout, the checkout must not leave the token in the
 * workspace (`persist-credentials: false`), or the upload can carry it. An upload of the
 * workspace itself (`path: .`, `${{ github.workspace }}`) is the sure case; any other upload is
 * flagged too, since a build step can copy or archive `.git` into it.
 */
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';
import { credentialCheckouts, isUpload, uploadsWorkspace } from './checkout-credentials.js';

export function persistCredentials(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const job of ctx.wf.jobs) {
    if (!job.steps.some(isUpload)) continue;
    for (const { step, persist, modern } of credentialCheckouts(ctx, job)) {
      const later = job.steps.slice(step.index + 1).filter(isUpload);
      if (!later.length) continue;
      const upload = later.find(uploadsWorkspace) ?? later[0];
      const whole = uploadsWorkspace(upload);
      out.push({
        rule: 'persist-credentials',
        message: `${stepLabel(job, step)}: actions/checkout keeps the job's token in the checkout (persist-credentials: ${persist ?? 'true by default'}) while step '${upload.name?.value ?? upload.uses!.value}' uploads ${whole ? 'the workspace itself' : 'an artifact'}: expected persist-credentials: false, got ${persist ? `'${persist}'` : 'the default (true)'}${modern ? ' (checkout v6+ stores the token outside .git/config, so this is a warning)' : ''}`,
        help: "Add 'with: { persist-credentials: false }' to the checkout step; steps that push can set up their own credentials.",
        maxLevel: modern ? 'warning' : undefined,
        line: step.uses!.pos.line,
        column: step.uses!.pos.column
      });
    }
  }
  return out;
}
