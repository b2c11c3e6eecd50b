/**
 * self-hosted-runner (zizmor: self-hosted-runner, auditor persona): jobs that run on self-hosted
 * runners, which keep state between runs unless they are ephemeral — which the file cannot show.
 */
import { isMap, isScalar, isSeq } from '../../../workflows/yaml-nodes.js';
import { type CheckContext, type RuleFinding } from '../types.js';
import { child } from './child-node.js';

const WHOLE_EXPR = /^\s*\$\{\{\s*([\s\S]*?)\s*\}\}\s*$/;

export function selfHostedRunner(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const y = ctx.wf.yaml;
  for (const job of ctx.wf.jobs) {
    if (job.uses) continue;
    const ro = child(ctx, job.node, 'runs-on');
    if (!ro) continue;
    const pos = y.pos(ro);
    const flag = (why: string, maxLevel?: 'warning') =>
      out.push({
        rule: 'self-hosted-runner',
        message: `job '${job.id}' ${why}: expected a GitHub-hosted or ephemeral runner, and the workflow cannot show which`,
        help: 'Use GitHub-hosted runners for untrusted code, or ephemeral (just-in-time) self-hosted runners; then add a justified exception for this workflow.',
        maxLevel,
        line: pos.line,
        column: pos.column
      });
    if (isMap(ro)) {
      flag('runs on a runner group (groups hold self-hosted runners)', 'warning');
      continue;
    }
    const scalar = isScalar(ro) ? y.str(ro) : undefined;
    const whole = scalar !== undefined ? WHOLE_EXPR.exec(scalar) : null;
    if (whole) {
      const m = /^matrix\.([\w-]+)$/i.exec(whole[1]);
      const values = m ? job.matrix.get(m[1].toLowerCase()) : undefined;
      if (values?.includes('self-hosted'))
        flag(`runs on ${whole[1]}, which the matrix sets to a self-hosted label`);
      continue;
    }
    const first = isSeq(ro) ? y.str((ro.items as unknown[])[0]) : scalar;
    if (first === undefined) continue;
    if (first.trim() === 'self-hosted') flag("runs on a 'self-hosted' runner");
    else if (first.includes('${{'))
      flag(`runs on '${first.trim()}', which may expand to a self-hosted label`, 'warning');
  }
  return out;
}
