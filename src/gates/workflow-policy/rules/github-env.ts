/**
 * github-env (zizmor: github-env): in a workflow that runs with the base repository's token on
 * outside contributions (pull_request_target, workflow_run), a step that writes computed text
 * into $GITHUB_ENV or $GITHUB_PATH lets whoever controls that text set LD_PRELOAD, NODE_OPTIONS,
 * BASH_ENV or PATH for every later step — code execution with the privileged token.
 * `echo`/`printf` of fixed text is not flagged.
 */
import { shellCommands } from '../../../workflows/shell.js';
import { stepLabel, type CheckContext, type RuleFinding } from '../types.js';
import { child } from './child-node.js';
import { shellOf } from './step-shell.js';

const PRIVILEGED = new Set(['pull_request_target', 'workflow_run']);
const TARGET = /^"?\$\{?(GITHUB_ENV|GITHUB_PATH)\}?"?$/;
const REDIRECT_TO = />>?\s*"?\$\{?(GITHUB_ENV|GITHUB_PATH)\b/;
const PWSH_REDIRECT = />>?\s*"?\$\{?env:(GITHUB_ENV|GITHUB_PATH)\b/i;
const PWSH_WRITER =
  /\b(out-file|add-content|set-content|tee-object)\b[^\n]*\$\{?env:(GITHUB_ENV|GITHUB_PATH)\b/i;
const CMD_REDIRECT = /^.+>>?\s*"?%(GITHUB_ENV|GITHUB_PATH)%"?/im;

/** Text outside single quotes carries an expansion (`$x`, `$(…)`, backticks, `${{ }}`). */
function expands(text: string): boolean {
  return /[$`]/.test(text.replace(/'[^']*'/g, ''));
}

/** The environment files a bash script writes computed text into. */
export function bashEnvWrites(script: string): string[] {
  const out: string[] = [];
  for (const cmd of shellCommands(script)) {
    const w = cmd.words;
    let dest: string | undefined;
    for (let i = 0; i < w.length && !dest; i++) {
      const k = w[i].search(/>>?/);
      if (k < 0) continue;
      const rest = w[i].slice(k).replace(/^>>?/, '');
      const target = TARGET.exec(rest === '' ? (w[i + 1] ?? '') : rest);
      if (target) dest = target[1];
    }
    if (dest) {
      const name = w[0];
      const at = cmd.text.search(REDIRECT_TO);
      const args = cmd.text.slice(name.length, at < 0 ? undefined : at);
      if ((name === 'echo' || name === 'printf') && !expands(args)) continue;
      if (name === '}' || name === ')' || name === 'done' || name === 'fi') continue;
      out.push(dest);
      continue;
    }
    if (w[0] === 'tee') {
      const t = w.slice(1).find((x) => TARGET.test(x));
      if (t) out.push(TARGET.exec(t)![1]);
    }
  }
  return out;
}

export function envFileWrites(script: string, shell: string): string[] {
  if (shell === 'bash' || shell === 'sh' || shell === 'zsh') return bashEnvWrites(script);
  if (shell === 'pwsh' || shell === 'powershell') {
    return script
      .split('\n')
      .map((l) => l.replace(/(^|\s)#.*$/, ''))
      .map((l) => PWSH_REDIRECT.exec(l) ?? PWSH_WRITER.exec(l))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => (m[2] ?? m[1]).toUpperCase());
  }
  if (shell === 'cmd') {
    const re = new RegExp(CMD_REDIRECT.source, 'gim');
    return [...script.matchAll(re)].map((m) => m[1]);
  }
  return [];
}

export function githubEnv(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const triggers = ctx.wf.triggers.map((t) => t.event).filter((e) => PRIVILEGED.has(e));
  if (!triggers.length) return out;
  for (const job of ctx.wf.jobs) {
    for (const step of job.steps) {
      if (!step.run || !/GITHUB_(ENV|PATH)/.test(step.run.value)) continue;
      const shell = shellOf(ctx, job, step);
      const writes = envFileWrites(step.run.value, shell);
      if (!writes.length) continue;
      const pos = ctx.wf.yaml.pos(child(ctx, step.node, 'run'));
      for (const dest of new Set(writes)) {
        out.push({
          rule: 'github-env',
          message: `${stepLabel(job, step)}: writes computed text to $${dest} in a workflow triggered by ${triggers.join(' and ')}: expected no run-time values in $${dest} under a privileged trigger, got a write an outside contributor may steer (it can set ${dest === 'GITHUB_PATH' ? 'PATH' : 'LD_PRELOAD, NODE_OPTIONS or BASH_ENV'} for the later steps)`,
          help: `Pass the value to later steps as a step output (echo "name=value" >> "$GITHUB_OUTPUT") and read it through env:, or validate it against a fixed pattern before writing it to $${dest}.`,
          line: pos.line,
          column: pos.column
        });
      }
    }
  }
  return out;
}
