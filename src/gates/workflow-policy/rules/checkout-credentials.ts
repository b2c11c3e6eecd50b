/**
 * What persist-credentials and artipacked share: which checkouts keep the job's token in the
 * workspace, and which uploads archive the workspace itself.
 */
import type { Job, Step } from '../../../workflows/workflow.js';
import { parseUses } from '../../../workflows/uses.js';
import { type CheckContext } from '../types.js';
import { child } from './child-node.js';
import { tagFromComment } from './pinned-uses.js';
import { majorOf } from './uses-match.js';

const CHECKOUT = /^actions\/checkout(@|$)/i;
const UPLOAD = /^actions\/upload-artifact(@|\/|$)/i;

export interface Checkout {
  step: Step;
  /** The persist-credentials value as written, if any. */
  persist?: string;
  /** checkout v6+ keeps the token outside .git/config (by ref or tag comment). */
  modern: boolean;
}

/** Checkouts that do not set persist-credentials: false (an expression `with:` is not read). */
export function credentialCheckouts(ctx: CheckContext, job: Job): Checkout[] {
  const out: Checkout[] = [];
  for (const step of job.steps) {
    if (!step.uses || !CHECKOUT.test(step.uses.value)) continue;
    const pc = step.with.get('persist-credentials');
    if (pc && pc.value.trim().toLowerCase() === 'false') continue;
    const ref = parseUses(step.uses.value);
    const tag =
      tagFromComment(ctx.source.trailingComment(child(ctx, step.node, 'uses'))) ??
      (ref.kind === 'repo' ? ref.ref : undefined);
    const v = majorOf(tag);
    out.push({ step, persist: pc?.value.trim(), modern: v !== undefined && v >= 6 });
  }
  return out;
}

export function isUpload(step: Step): boolean {
  return Boolean(step.uses && UPLOAD.test(step.uses.value));
}

/** Upload paths that archive the checkout itself (`.`, `..`, `${{ github.workspace }}`). */
export function uploadsWorkspace(step: Step): boolean {
  const path = step.with.get('path')?.value ?? '';
  return path
    .split('\n')
    .map((p) => p.trim())
    .some(
      (p) =>
        p === '.' ||
        p === './' ||
        p === '..' ||
        p === '../' ||
        (/^\$\{\{.*\}\}$/.test(p) && p.includes('github.workspace'))
    );
}
