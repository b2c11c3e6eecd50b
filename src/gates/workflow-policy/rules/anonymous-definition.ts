/** anonymous-definition (zizmor, pedantic): a workflow or a job without `name:`. */
import type { CheckContext, RuleFinding } from '../types.js';

export function anonymousDefinition(ctx: CheckContext): RuleFinding[] {
  const { wf } = ctx;
  const y = wf.yaml;
  const out: RuleFinding[] = [];
  if (!wf.name) {
    out.push({
      rule: 'anonymous-definition',
      message:
        'the workflow has no name: expected name: <what it does>, got none (the Actions tab and required checks show the file path)',
      help: "Add 'name: …' at the top of the workflow.",
      ...y.pos(y.doc.contents)
    });
  }
  for (const job of wf.jobs) {
    if (job.uses || job.name) continue; // zizmor checks normal jobs only
    out.push({
      rule: 'anonymous-definition',
      message: `job '${job.id}' has no name: expected name: <what it does>, got none`,
      help: "Add 'name: …' to the job; checks and logs then say what it does.",
      maxLevel: 'warning',
      line: job.pos.line,
      column: job.pos.column
    });
  }
  return out;
}
