/** A mapping's value by key without building the entry list (the hot path of the per-job checks). */
import type { Node } from 'yaml';
import { isMap, isScalar } from '../../../workflows/yaml-nodes.js';
import type { CheckContext } from '../types.js';

export function child(ctx: CheckContext, parent: unknown, key: string): Node | undefined {
  const y = ctx.wf.yaml;
  const m = y.resolve(parent);
  if (!m || !isMap(m)) return undefined;
  for (const item of m.items) {
    if (isScalar(item.key) && item.key.value === key) {
      const v = (item.value ?? undefined) as Node | undefined;
      return y.resolve(v) ?? v;
    }
  }
  return undefined;
}
