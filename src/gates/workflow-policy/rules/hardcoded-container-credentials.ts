/**
 * hardcoded-container-credentials (zizmor: hardcoded-container-credentials): a registry password
 * for the job container or a service container written into the file instead of `${{ secrets.X }}`.
 * The value is never printed.
 */
import { isScalar } from '../../../workflows/yaml-nodes.js';
import { type CheckContext, type RuleFinding } from '../types.js';
import { child } from './child-node.js';

/** The whole value is one `${{ … }}` (what GitHub substitutes at run time). */
function isFencedExpression(v: string): boolean {
  const t = v.trim();
  return t.startsWith('${{') && t.endsWith('}}') && t.indexOf('${{', 3) < 0;
}

export function hardcodedContainerCredentials(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const y = ctx.wf.yaml;
  const check = (where: string, container: ReturnType<typeof child>) => {
    const creds = child(ctx, container, 'credentials');
    const pw = child(ctx, creds, 'password');
    const v = y.str(pw);
    if (!pw || v === undefined || !isScalar(pw) || v === '' || isFencedExpression(v)) return;
    const pos = y.pos(pw);
    out.push({
      rule: 'hardcoded-container-credentials',
      message: `${where}: the registry password is written into the workflow (${v.length} characters): expected \${{ secrets.NAME }}, got a literal`,
      help: 'Rotate the password, store it as an encrypted secret and write password: ${{ secrets.REGISTRY_PASSWORD }}; for ghcr.io use ${{ secrets.GITHUB_TOKEN }} with packages: read.',
      line: pos.line,
      column: pos.column
    });
  };
  for (const job of ctx.wf.jobs) {
    check(`job '${job.id}' container`, child(ctx, job.node, 'container'));
    for (const e of y.entries(child(ctx, job.node, 'services'))) {
      check(`job '${job.id}' service '${e.key}'`, y.resolve(e.value) ?? e.value);
    }
  }
  return out;
}
