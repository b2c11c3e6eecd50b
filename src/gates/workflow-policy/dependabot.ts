/**
 * `.github/dependabot.yml` (or `.yaml`), read when present with the same strict YAML as workflows
 * (one document, unique keys, no merge keys), for zizmor's two Dependabot audits:
 * dependabot-execution (`insecure-external-code-execution: allow` lets a dependency's build code
 * run with the update's registry credentials) and dependabot-cooldown (no or too short a
 * `cooldown.default-days`, so a freshly published — possibly compromised — release is proposed at
 * once). Two files, or one that is not the configuration Dependabot reads, cannot be decided.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'yaml';
import { isScalar } from '../../workflows/yaml-nodes.js';
import { errorMessage } from '../../core/errors.js';
import { readWorkspaceText } from '../../workflows/files.js';
import { parseYaml, type Pos, type YamlDoc } from '../../workflows/yaml-doc.js';
import type { RuleFinding } from './types.js';

export const DEPENDABOT_FILES = ['.github/dependabot.yml', '.github/dependabot.yaml'];
const MAX_BYTES = 1024 * 1024;

export type DependabotCheck =
  | { kind: 'absent' }
  | { kind: 'checked'; file: string; findings: RuleFinding[]; updates: number }
  | { kind: 'invalid'; file: string; message: string; pos: Pos };

function present(root: string, rel: string): boolean {
  try {
    lstatSync(join(root, rel));
    return true;
  } catch {
    return false;
  }
}

function intOf(y: YamlDoc, node: Node | undefined): number | undefined {
  const n = y.resolve(node);
  return n && isScalar(n) && typeof n.value === 'number' && Number.isInteger(n.value)
    ? n.value
    : undefined;
}

/** Read and check the Dependabot configuration under `root`. */
export function checkDependabot(root: string, minDays: number): DependabotCheck {
  const found = DEPENDABOT_FILES.filter((f) => present(root, f));
  if (!found.length) return { kind: 'absent' };
  const file = found[0];
  const bad = (message: string, pos: Pos = { line: 1, column: 1 }): DependabotCheck => ({
    kind: 'invalid',
    file,
    message,
    pos
  });
  if (found.length > 1)
    return bad(
      `both ${found.join(' and ')} exist: Dependabot reads one configuration; delete the other`
    );
  let text: string;
  try {
    if (!existsSync(join(root, file))) return bad(`${file} is a dangling symlink`);
    text = readWorkspaceText(root, join(root, file), MAX_BYTES, 'Dependabot configuration');
  } catch (err) {
    return bad(errorMessage(err));
  }
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return bad(parsed.problem.message, parsed.problem);
  const y = parsed.yaml;
  const findings: RuleFinding[] = [];
  try {
    const root = y.map(y.doc.contents);
    if (!root) return bad(`${file} is not a YAML mapping`);
    const version = y.str(y.get(root, 'version')?.value);
    if (version !== '2')
      return bad(`${file}: expected version: 2, got ${version ?? 'none'}`, y.pos(root));
    const updatesEntry = y.get(root, 'updates');
    const updates = y.seq(updatesEntry?.value);
    if (!updates)
      return bad(
        `${file}: expected 'updates:' to be a list of updates`,
        y.pos(updatesEntry?.keyNode ?? root)
      );
    for (const [i, raw] of updates.entries()) {
      const u = y.map(raw);
      if (!u) return bad(`${file}: updates[${i}] is not a mapping`, y.pos(raw));
      const eco = y.str(y.get(u, 'package-ecosystem')?.value) ?? '?';
      const dir =
        y.str(y.get(u, 'directory')?.value) ??
        y.text(y.get(u, 'directories')?.value).replace(/\n/g, ', ');
      const what = `update '${eco}' (${dir || '?'})`;
      const exec = y.get(u, 'insecure-external-code-execution');
      if (exec) {
        const v = y.str(exec.value);
        if (v !== 'allow' && v !== 'deny')
          return bad(
            `${file}: ${what}: insecure-external-code-execution must be allow or deny, got ${v ?? 'nothing'}`,
            y.pos(exec.value ?? exec.keyNode)
          );
        if (v === 'allow') {
          findings.push({
            rule: 'dependabot-execution',
            message: `${what} allows insecure-external-code-execution: expected deny (the default), got allow, so the dependencies' own build code runs with the update's registry credentials`,
            help: "Remove 'insecure-external-code-execution: allow' (or set deny); vendor or pin what needs code execution instead.",
            ...y.pos(exec.keyNode)
          });
        }
      }
      const cooldown = y.get(u, 'cooldown');
      const daysEntry = cooldown ? y.get(cooldown.value, 'default-days') : undefined;
      if (cooldown && !y.map(cooldown.value))
        return bad(
          `${file}: ${what}: cooldown must be a mapping`,
          y.pos(cooldown.value ?? cooldown.keyNode)
        );
      const days = daysEntry ? intOf(y, daysEntry.value) : undefined;
      if (daysEntry && (days === undefined || days < 0))
        return bad(
          `${file}: ${what}: cooldown.default-days must be a whole number of days`,
          y.pos(daysEntry.value ?? daysEntry.keyNode)
        );
      // Without default-days, Dependabot waits no extra time (zizmor counts it as 3 days).
      const effective = days ?? 0;
      if (effective >= minDays) continue;
      const at = daysEntry
        ? y.pos(daysEntry.keyNode)
        : cooldown
          ? y.pos(cooldown.keyNode)
          : y.pos(raw);
      findings.push({
        rule: 'dependabot-cooldown',
        message: `${what} ${daysEntry ? `waits cooldown.default-days: ${days}` : cooldown ? 'has a cooldown without default-days' : 'has no cooldown'}: expected a cooldown of at least ${minDays} days before a new release is proposed, got ${effective}`,
        help: `Add 'cooldown: { default-days: ${minDays} }' to the update: a compromised release is usually found and yanked within days.`,
        ...at
      });
    }
    return { kind: 'checked', file, findings, updates: updates.length };
  } catch (err) {
    return bad(errorMessage(err));
  }
}
