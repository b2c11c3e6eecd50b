/** permissions: a workflow-level block exists, nothing asks for write-all, sensitive write scopes are listed. */
import type { Node } from 'yaml';
import { isMap, isScalar } from '../../../workflows/yaml-nodes.js';
import type { Pos } from '../../../workflows/yaml-doc.js';
import { detached } from '../../../workflows/detach.js';
import type { CheckContext, RuleFinding } from '../types.js';

/** Scopes whose write access reviewers must see (issue 8): publishing, pushing and OIDC identity. */
export const SENSITIVE_SCOPES = ['contents', 'id-token', 'packages'] as const;
const ACCESS = new Set(['read', 'write', 'none']);
/** How much harm each scope's write access can do, as zizmor rates it (facts from its audit). */
const SCOPE_SEVERITY: Record<string, string> = {
  actions: 'high',
  'artifact-metadata': 'medium',
  attestations: 'high',
  checks: 'medium',
  'code-quality': 'medium',
  contents: 'high',
  deployments: 'high',
  discussions: 'medium',
  'id-token': 'high',
  issues: 'high',
  models: 'low',
  packages: 'high',
  pages: 'high',
  'pull-requests': 'high',
  'repository-projects': 'medium',
  'security-events': 'medium',
  statuses: 'low'
};

export type PermissionBlock =
  | { kind: 'all'; value: 'read-all' | 'write-all'; pos: Pos }
  | { kind: 'scopes'; scopes: Map<string, { value: string; pos: Pos }>; pos: Pos }
  | { kind: 'invalid'; message: string; pos: Pos };

/** Read a `permissions:` value (workflow or job level). */
export function readPermissions(
  ctx: CheckContext,
  node: Node | undefined,
  keyPos: Pos
): PermissionBlock {
  const y = ctx.wf.yaml;
  const n = y.resolve(node);
  if (!n || (isScalar(n) && (n.value === null || n.value === ''))) {
    return {
      kind: 'invalid',
      message: 'permissions: has no value (GitHub rejects the workflow)',
      pos: keyPos
    };
  }
  if (isScalar(n)) {
    const v = y.str(n) ?? '';
    if (v === 'read-all' || v === 'write-all') return { kind: 'all', value: v, pos: y.pos(n) };
    return {
      kind: 'invalid',
      message: `permissions: '${v}' is not read-all, write-all or a mapping of scopes`,
      pos: y.pos(n)
    };
  }
  if (!isMap(n))
    return { kind: 'invalid', message: 'permissions: is not a mapping of scopes', pos: y.pos(n) };
  const scopes = new Map<string, { value: string; pos: Pos }>();
  for (const e of y.entries(n)) {
    const v = (y.str(e.value) ?? '').trim();
    if (!ACCESS.has(v)) {
      return {
        kind: 'invalid',
        message: `permissions: ${e.key}: '${v}' is not read, write or none`,
        pos: y.pos(e.value ?? e.keyNode)
      };
    }
    scopes.set(e.key, { value: v, pos: y.pos(e.keyNode) });
  }
  return { kind: 'scopes', scopes, pos: y.pos(n) };
}

function writes(block: PermissionBlock | undefined): string[] {
  if (!block) return [];
  if (block.kind === 'all') return block.value === 'write-all' ? [...SENSITIVE_SCOPES] : [];
  if (block.kind === 'invalid') return [];
  return [...block.scopes].filter(([, v]) => v.value === 'write').map(([k]) => k);
}

export function permissions(ctx: CheckContext): RuleFinding[] {
  const { wf } = ctx;
  const out: RuleFinding[] = [];
  // zizmor reports a workflow-level read-all only when it reaches jobs of their own: not for a
  // single job, when every job sets its own block, or in a reusable-only workflow.
  const reusableOnly = wf.triggers.length === 1 && wf.triggers[0].event === 'workflow_call';
  const topReaches = wf.jobs.length > 1 && wf.jobs.some((j) => !j.permissions) && !reusableOnly;
  const readAllCounts = (where: string) => where !== 'workflow' || topReaches;
  const bad = (where: string, b: PermissionBlock) => {
    if (b.kind === 'invalid') {
      out.push({
        rule: 'permissions',
        message: `${where}: ${b.message}`,
        help: "Write 'permissions: {}' for no access, or list scopes as 'scope: read|write|none'.",
        ...b.pos
      });
    } else if (b.kind === 'all' && b.value === 'read-all' && readAllCounts(where)) {
      // zizmor excessive-permissions: read-all reads every scope (private code, packages,
      // security events); a warning, since it cannot write.
      out.push({
        rule: 'permissions',
        message: `${where}: permissions: read-all gives the GITHUB_TOKEN read access to every scope: expected only the scopes the job reads, got read-all`,
        help: "Replace read-all with the scopes the jobs read, e.g. 'contents: read'.",
        maxLevel: 'warning',
        ...b.pos
      });
    } else if (b.kind === 'all' && b.value === 'write-all') {
      out.push({
        rule: 'permissions',
        message: `${where}: permissions: write-all gives the GITHUB_TOKEN write access to every scope: expected only the scopes the jobs need, got write-all`,
        help: "Replace write-all with 'contents: read' plus the individual scopes a job needs, set on that job.",
        ...b.pos
      });
    }
  };
  const top = wf.permissions
    ? readPermissions(ctx, wf.permissions.node, wf.permissions.pos)
    : undefined;
  if (!top) {
    const root = wf.yaml.pos(wf.yaml.doc.contents);
    const unscoped = wf.jobs.filter((j) => !j.permissions).map((j) => j.id);
    out.push({
      rule: 'permissions',
      message: `the workflow has no top-level permissions block: expected 'permissions:' (e.g. contents: read), got none, so ${unscoped.length ? `jobs ${unscoped.map((j) => `'${j}'`).join(', ')} get` : 'every new job gets'} the repository's default token scopes`,
      help: "Add 'permissions: { contents: read }' at the top of the workflow and grant write scopes only on the jobs that need them.",
      ...root
    });
  } else {
    bad('workflow', top);
    const inheriting = wf.jobs.filter((j) => !j.permissions);
    // zizmor excessive-permissions: each write scope of the workflow-level block that reaches a
    // job of several is reported at the scope (a warning; zizmor's severity by scope is named).
    if (top.kind === 'scopes' && topReaches) {
      const names = inheriting.map((j) => `'${j.id}'`).join(', ');
      const all = inheriting.length === wf.jobs.length;
      for (const [scope, v] of top.scopes) {
        if (v.value !== 'write') continue;
        out.push({
          rule: 'permissions',
          message: `workflow-level permissions grant ${scope}: write to ${all ? 'all ' : ''}${inheriting.length} job${inheriting.length === 1 ? ' without its' : 's without their'} own block (${names}; zizmor rates ${scope}: write ${SCOPE_SEVERITY[scope] ?? 'medium'}): expected write scopes on the jobs that need them`,
          help: 'Keep the workflow-level block read-only and move each write scope to the job that uses it.',
          maxLevel: 'warning',
          ...v.pos
        });
      }
    }
  }
  for (const job of wf.jobs) {
    const own = job.permissions
      ? readPermissions(ctx, job.permissions.node, job.permissions.pos)
      : undefined;
    if (own) bad(`job '${job.id}'`, own);
    const effective = own ?? top;
    const sensitive = writes(effective).filter((s) =>
      (SENSITIVE_SCOPES as readonly string[]).includes(s)
    );
    if (sensitive.length) {
      ctx.sensitive.push({
        file: wf.file,
        job: detached(job.id),
        scopes: sensitive.map((s) => `${s}: write`),
        inherited: !own,
        line: (own ? job.permissions!.pos : wf.permissions!.pos).line
      });
    }
  }
  return out;
}
