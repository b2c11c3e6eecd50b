import { runAction } from '../core/actions-adapter.js';
import { escapeCell } from '../core/report/markdown.js';
import type { GateResult } from '../core/result.js';
import { workflowPolicy, type WorkflowPolicyEvidence } from '../gates/workflow-policy/index.js';

/** Job-summary table of the jobs that can write with sensitive scopes. */
function details(result: GateResult): string | undefined {
  const ev = result.evidence as unknown as Partial<WorkflowPolicyEvidence>;
  const rows = ev.sensitivePermissions ?? [];
  if (!rows.length) return undefined;
  const lines = [
    '#### Jobs with sensitive write permissions',
    '',
    '| workflow | job | scopes | from |',
    '| --- | --- | --- | --- |',
    ...rows
      .slice(0, 100)
      .map(
        (r) =>
          `| \`${escapeCell(r.file)}:${r.line}\` | \`${escapeCell(r.job)}\` | ${r.scopes.join(', ')} | ${r.inherited ? 'workflow-level block' : 'job block'} |`
      )
  ];
  if (rows.length > 100) lines.push('', `…and ${rows.length - 100} more in the result file.`);
  return lines.join('\n');
}

await runAction(workflowPolicy, { details });
