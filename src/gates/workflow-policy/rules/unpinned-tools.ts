/**
 * unpinned-tools (zizmor: unpinned-tools): setup actions that download their tool's latest
 * release unless a version is given, so the job runs whatever was published last.
 */
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';
import { neverRuns, targetOf } from './uses-match.js';

const INSTALLS_LATEST = new Set(['aquasecurity/setup-trivy', '1password/load-secrets-action']);

export function unpinnedTools(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const job of ctx.wf.jobs) {
    for (const step of job.steps) {
      const action = step.uses ? targetOf(step.uses.value) : '';
      if (neverRuns(step)) continue;
      if (!INSTALLS_LATEST.has(action)) continue;
      const v = step.with.get('version');
      const val = v?.value.trim();
      let got: string | undefined;
      if (!v) got = 'no version (the action installs the latest release)';
      else if (val === 'latest') got = 'version: latest';
      else if (val!.includes('${{')) got = `version: ${val} (chosen at run time)`;
      if (!got) continue;
      const pos = (v ?? step.uses!).pos;
      out.push({
        rule: 'unpinned-tools',
        message: `${stepLabel(job, step)}: ${action} installs an unpinned tool: expected a fixed version, got ${got}`,
        help: 'Set with: { version: <exact release, e.g. v0.65.0> } and update it deliberately.',
        maxLevel: val?.includes('${{') ? 'warning' : undefined,
        line: pos.line,
        column: pos.column
      });
    }
  }
  return out;
}
