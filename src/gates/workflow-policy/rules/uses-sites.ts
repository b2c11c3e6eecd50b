/**
 * Every `uses:` of a workflow with its parsed reference, computed once per workflow and shared
 * by the rules that read them (forbidden-uses, self-repository, typosquat-uses, the online
 * audits), so the model is walked once however many rules are on.
 */
import { parseUses, type UsesRef } from '../../../workflows/uses.js';
import type { Workflow } from '../../../workflows/workflow.js';
import { usesOf, type UsesSite } from './pinned-uses.js';

export interface ParsedUsesSite extends UsesSite {
  ref: UsesRef;
}

const cache = new WeakMap<Workflow, ParsedUsesSite[]>();

export function usesSites(wf: Workflow): ParsedUsesSite[] {
  let sites = cache.get(wf);
  if (!sites) {
    sites = usesOf(wf).map((u) => ({ ...u, ref: parseUses(u.str.value) }));
    cache.set(wf, sites);
  }
  return sites;
}

/** The value of `key` in a block or flow mapping node, without building its entry list. */
export function keyValue(
  wf: Workflow,
  node: unknown,
  key: string
): import('yaml').Node | undefined {
  const m = wf.yaml.map(node);
  if (!m) return undefined;
  for (const item of m.items) {
    const k = wf.yaml.resolve(item.key);
    if (k && 'value' in k && (k as { value: unknown }).value === key) {
      const v = item.value as import('yaml').Node | null;
      return wf.yaml.resolve(v) ?? v ?? undefined;
    }
  }
  return undefined;
}
