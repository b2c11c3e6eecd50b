/**
 * insecure-commands (zizmor: insecure-commands): `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` turns
 * the deprecated `::set-env` / `::add-path` workflow commands back on, so any text a step prints
 * (a PR title in a log line) can set environment variables or PATH for the steps after it.
 */
import type { Str } from '../../../workflows/workflow.js';
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';

const VAR = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';

/** The runner reads the variable as a C# boolean: `true` in any case, nothing else. */
function enabled(env: Map<string, Str>): Str | undefined {
  const v = env.get(VAR);
  return v && v.value.trim().toLowerCase() === 'true' ? v : undefined;
}

export function insecureCommands(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const flag = (where: string, v: Str) =>
    out.push({
      rule: 'insecure-commands',
      message: `${where} sets ${VAR}: ${v.value.trim()}, which re-enables the ::set-env and ::add-path workflow commands: expected the variable unset, got it enabled`,
      help: `Remove ${VAR}; write variables with 'echo "NAME=value" >> "$GITHUB_ENV"' and paths with 'echo "$DIR" >> "$GITHUB_PATH"' (and upgrade actions that still print ::set-env).`,
      line: v.pos.line,
      column: v.pos.column
    });
  const top = enabled(ctx.wf.env);
  if (top) flag('the workflow env', top);
  for (const job of ctx.wf.jobs) {
    const j = enabled(job.env);
    if (j) flag(`job '${job.id}' env`, j);
    for (const step of job.steps) {
      const s = step.run ? enabled(step.env) : undefined;
      if (s) flag(`${stepLabel(job, step)} env`, s);
    }
  }
  return out;
}
