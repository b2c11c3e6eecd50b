/**
 * misfeature (zizmor): GitHub Actions features that work against the workflow's safety or its
 * review — `shell: cmd` (its quoting defeats analysis; zizmor's template-injection and ours cannot
 * read it) and `actions/setup-python`'s `pip-install` (packages installed into the system Python
 * outside any lock or virtual environment).
 */
import { parseUses } from '../../../workflows/uses.js';
import { keyValue } from './uses-sites.js';
import { stepLabel, valueNode, type CheckContext, type RuleFinding } from '../types.js';

export function misfeature(ctx: CheckContext): RuleFinding[] {
  const y = ctx.wf.yaml;
  const out: RuleFinding[] = [];
  const wfShellNode = valueNode(
    ctx,
    valueNode(ctx, valueNode(ctx, y.doc.contents ?? undefined, 'defaults'), 'run'),
    'shell'
  );
  for (const job of ctx.wf.jobs) {
    const jobShellNode = valueNode(
      ctx,
      valueNode(ctx, valueNode(ctx, job.node, 'defaults'), 'run'),
      'shell'
    );
    for (const step of job.steps) {
      if (step.uses) {
        const ref = parseUses(step.uses.value);
        const pip = step.with.get('pip-install');
        if (
          ref.kind === 'repo' &&
          `${ref.owner}/${ref.repo}`.toLowerCase() === 'actions/setup-python' &&
          pip
        ) {
          out.push({
            rule: 'misfeature',
            message: `${stepLabel(job, step)}: actions/setup-python installs packages with pip-install: expected packages installed into a virtual environment from a lock file, got a system-wide pip install`,
            help: 'Drop pip-install and install from a lock file into a virtual environment (python -m venv, uv sync, pip install -r requirements.txt --require-hashes).',
            line: pip.pos.line,
            column: pip.pos.column
          });
        }
        continue;
      }
      if (!step.run) continue;
      const stepShell = keyValue(ctx.wf, step.node, 'shell');
      const node = stepShell ?? jobShellNode ?? wfShellNode;
      const shell = y.str(node)?.trim().toLowerCase();
      if (shell !== 'cmd' && shell !== 'cmd.exe') continue;
      const pos = node ? y.pos(node) : step.run.pos;
      out.push({
        rule: 'misfeature',
        message: `${stepLabel(job, step)}: runs its script with shell: cmd: expected bash or pwsh, got the Windows CMD shell, whose quoting no reviewer or linter can follow`,
        help: "Use 'shell: pwsh' (or bash) on Windows runners.",
        line: pos.line,
        column: pos.column
      });
    }
  }
  return out;
}
