/**
 * undocumented-permissions (zizmor, pedantic): every permission scope other than `contents: read`
 * carries a comment saying why it is needed (on its line, or the line above).
 */
import type { Node } from 'yaml';
import type { Pos } from '../../../workflows/yaml-doc.js';
import { readPermissions } from './permissions.js';
import type { CheckContext, RuleFinding } from '../types.js';

function documented(ctx: CheckContext, pos: Pos): boolean {
  const lines = (n: number) => ctx.source.line(n);
  const own = lines(pos.line);
  if (/\s#\s*\S{3,}/.test(own.slice(pos.column))) return true;
  const above = pos.line > 1 ? lines(pos.line - 1) : '';
  return /^\s*#\s*\S{3,}/.test(above);
}

export function undocumentedPermissions(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const check = (where: string, p: { pos: Pos; node: Node | undefined } | undefined) => {
    if (!p) return;
    const b = readPermissions(ctx, p.node, p.pos);
    if (b.kind !== 'scopes') return;
    for (const [scope, v] of b.scopes) {
      if (scope === 'contents' && v.value === 'read') continue;
      if (documented(ctx, v.pos)) continue;
      out.push({
        rule: 'undocumented-permissions',
        message: `${where}: permission '${scope}: ${v.value}' has no comment saying why: expected '# <what needs it>' on its line, got none`,
        help: `Say what needs it: '${scope}: ${v.value} # <the step or action that uses it>'.`,
        line: v.pos.line,
        column: v.pos.column
      });
    }
  };
  check('workflow', ctx.wf.permissions);
  for (const job of ctx.wf.jobs) check(`job '${job.id}'`, job.permissions);
  return out;
}
