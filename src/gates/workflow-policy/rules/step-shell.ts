/** The shell a `run:` step runs in: its own `shell:`, the job's or workflow's defaults, else the runner's default. */
import type { Job, Step } from '../../../workflows/workflow.js';
import { type CheckContext } from '../types.js';
import { child } from './child-node.js';

export function shellOf(ctx: CheckContext, job: Job, step: Step): string {
  const y = ctx.wf.yaml;
  const own = y.str(child(ctx, step.node, 'shell'));
  const fromDefaults = (node: ReturnType<typeof child>) =>
    y.str(child(ctx, child(ctx, child(ctx, node, 'defaults'), 'run'), 'shell'));
  const shell = own ?? fromDefaults(job.node) ?? fromDefaults(y.doc.contents as never);
  if (shell) return normaliseShell(shell);
  const runsOn = y.text(child(ctx, job.node, 'runs-on')).toLowerCase();
  return runsOn.includes('windows') ? 'pwsh' : 'bash';
}

/** `bash -e {0}` → `bash`, `C:\\…\\pwsh.exe` → `pwsh`. */
export function normaliseShell(shell: string): string {
  const first = shell.trim().split(/\s+/)[0] ?? '';
  const base = first.split(/[\\/]/).pop() ?? first;
  return base.replace(/\.exe$/i, '').toLowerCase();
}
