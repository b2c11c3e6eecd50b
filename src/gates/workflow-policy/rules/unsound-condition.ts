/**
 * unsound-condition (zizmor: unsound-condition): an `if:` whose value is `${{ … }}` plus other
 * text — typically the newline a `|` block scalar keeps — is a non-empty string after
 * substitution, and a non-empty string is true: the condition always holds.
 */
import { expressionSpans } from '../../../workflows/expressions.js';
import type { CheckContext, RuleFinding } from '../types.js';
import { conditionsOf } from './conditions.js';

export function unsoundCondition(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { cond, where } of conditionsOf(ctx)) {
    const v = cond.value;
    const spans = expressionSpans(v);
    if (!spans.length) continue;
    const first = spans[0];
    if (first.start === 0 && first.end === v.length) continue;
    const trailing = v.slice(first.end);
    const why =
      spans.length > 1
        ? 'several ${{ }} with text between them'
        : trailing.trim() === '' && v.slice(0, first.start).trim() === ''
          ? `whitespace around the \${{ }} (${JSON.stringify(v.slice(0, first.start) + trailing)}), as a | or > block scalar keeps`
          : 'text outside the ${{ }}';
    out.push({
      rule: 'unsound-condition',
      message: `${where}: the if: condition has ${why}, so it becomes a non-empty string and is always true: expected the value to be exactly one \${{ … }}, got extra text`,
      help: 'Write the condition without the block scalar newline (use |- or >-, or a plain one-line if:), and put the whole condition inside one ${{ }}.',
      line: cond.pos.line,
      column: cond.pos.column
    });
  }
  return out;
}
