/** What the rules share: their findings before levels and exceptions apply, and their inputs. */
import type { Node } from 'yaml';
import type { Workflow } from '../../workflows/workflow.js';
import type { Policy, RuleName } from './policy.js';
import type { SourceText } from './source.js';

export interface RuleFinding {
  rule: RuleName;
  message: string;
  help: string;
  line: number;
  column: number;
  /** The action or reusable workflow the finding is about (`owner/repo[/path]`), for owner exceptions. */
  owner?: string;
  /** Never report above this level (e.g. checkout v6+ keeps no credentials in .git/config). */
  maxLevel?: 'warning';
  /** For pinned-uses: the reference, so the help can name a SHA another file pins (filled in at the end). */
  pin?: { target: string; tag?: string };
  /** A mechanical fix: source edits of the workflow file (applied with `fix`, shown with `fix-diff`). */
  edits?: TextEdit[];
}

/** Replace `text.slice(start, end)` by `insert` (offsets into the file's text). */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** A job that can write with a sensitive scope (listed in the evidence for reviewers). */
export interface SensitivePermission {
  file: string;
  job: string;
  scopes: string[];
  /** From the workflow-level block rather than the job's own. */
  inherited: boolean;
  line: number;
}

/** SHA pins the scanned workflows themselves state: `owner/repo[/path]` → tag → SHA. */
export type PinIndex = Map<string, Map<string, string>>;

export interface CheckContext {
  wf: Workflow;
  source: SourceText;
  policy: Policy;
  /** The repository's owner (from GITHUB_REPOSITORY), trusted for secrets: inherit. */
  repoOwner?: string;
  /** `owner/repo` of the repository (GITHUB_REPOSITORY), for self-repository. */
  repository?: string;
  pins: PinIndex;
  sensitive: SensitivePermission[];
}

export type Rule = (ctx: CheckContext) => RuleFinding[];

/** A short stable label for a step: its name, else its id, else its position in the job. */
export function stepLabel(
  job: { id: string },
  step: { index: number; name?: { value: string }; id?: { value: string } }
): string {
  const s = step.name?.value ?? step.id?.value;
  return `job '${job.id}', step ${s ? `'${s.replace(/\s+/g, ' ').trim().slice(0, 60)}'` : `#${step.index + 1}`}`;
}

/** The value node under `key` of a mapping node, aliases followed. */
export function valueNode(
  ctx: CheckContext,
  parent: Node | undefined,
  key: string
): Node | undefined {
  const y = ctx.wf.yaml;
  const v = y.get(parent, key)?.value;
  return y.resolve(v) ?? v;
}
