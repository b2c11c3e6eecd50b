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
    const undocumented = [...b.scopes]
      .filter(([scope, v]) => !(scope === 'contents' && v.value === 'read'))
      .filter(([, v]) => !documented(ctx, v.pos));
    const missing = undocumented.map(([scope, v]) => `${scope}: ${v.value}`);
    if (!missing.length) return;
    // One finding per block, at the first scope without one (as zizmor), naming every scope without a comment.
    out.push({
      rule: 'undocumented-permissions',
      message: `${where}: ${missing.length === 1 ? 'permission' : 'permissions'} ${missing.map((m) => `'${m}'`).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no comment saying why: expected '# <what needs it>' on each line, got none`,
      help: `Say what needs each scope: '${missing[0]} # <the step or action that uses it>'.`,
      line: undocumented[0][1].pos.line,
      column: undocumented[0][1].pos.column
    });
  };
  check('workflow', ctx.wf.permissions);
  for (const job of ctx.wf.jobs) check(`job '${job.id}'`, job.permissions);
  return out;
}
