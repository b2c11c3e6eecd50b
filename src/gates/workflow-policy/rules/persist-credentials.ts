/**
 * persist-credentials (zizmor's "artipacked"): in a job that uploads artifacts, actions/checkout
 * must not leave the token in the checkout (`persist-credentials: false`), or the upload can carry it.
 */
import { parseUses } from '../../../workflows/uses.js';
import { stepLabel, valueNode, type CheckContext, type RuleFinding } from '../types.js';
import { tagFromComment } from './pinned-uses.js';

const CHECKOUT = /^actions\/checkout(@|$)/i;
const UPLOAD = /^actions\/upload-artifact(@|\/|$)/i;

/** The major version of a ref or tag (`v6.0.1` → 6), if it has one. */
function major(tag: string | undefined): number | undefined {
  const m = /^v?(\d+)(\.|$)/.exec(tag ?? '');
  return m ? Number(m[1]) : undefined;
}

export function persistCredentials(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const job of ctx.wf.jobs) {
    const upload = job.steps.find((s) => s.uses && UPLOAD.test(s.uses.value));
    if (!upload) continue;
    for (const step of job.steps) {
      if (!step.uses || !CHECKOUT.test(step.uses.value)) continue;
      const pc = step.with.get('persist-credentials');
      if (pc && pc.value.trim().toLowerCase() === 'false') continue;
      const ref = parseUses(step.uses.value);
      const tag =
        tagFromComment(ctx.source.trailingComment(valueNode(ctx, step.node, 'uses'))) ??
        (ref.kind === 'repo' ? ref.ref : undefined);
      const v = major(tag);
      const modern = v !== undefined && v >= 6;
      out.push({
        rule: 'persist-credentials',
        message: `${stepLabel(job, step)}: actions/checkout keeps the job's token in the checkout (persist-credentials: ${pc ? pc.value.trim() : 'true by default'}) while step '${upload.name?.value ?? upload.uses!.value}' uploads an artifact: expected persist-credentials: false, got ${pc ? `'${pc.value.trim()}'` : 'the default (true)'}${modern ? ' (checkout v6+ stores the token outside .git/config, so this is a warning)' : ''}`,
        help: "Add 'with: { persist-credentials: false }' to the checkout step; steps that push can set up their own credentials.",
        maxLevel: modern ? 'warning' : undefined,
        line: step.uses.pos.line,
        column: step.uses.pos.column
      });
    }
  }
  return out;
}
