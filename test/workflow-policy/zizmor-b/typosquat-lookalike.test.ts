/**
 * typosquat-uses finds a lookalike by comparing the name with each popular one from both ends
 * (`lookalikeOf`), not from an index of every variant. Checked here against such an index, made
 * the plain way from the same popular names and near keys: every variant gives the same popular
 * name and slip (the first made, in the same order), and names that are not one slip away give
 * none.
 */
import { describe, expect, it } from '@jest/globals';
import {
  lookalikeOf,
  NEAR_KEYS,
  POPULAR_ACTIONS,
  type Lookalike
} from '../../../src/gates/workflow-policy/rules/typosquat-uses.js';

/** Every one-slip variant of every popular name, the first slip that makes each one kept. */
function referenceIndex(): Map<string, Lookalike> {
  const out = new Map<string, Lookalike>();
  const add = (v: string, popular: string, how: string) => {
    if (v !== popular && !out.has(v) && /^[^/]+\/[^/]+$/.test(v)) out.set(v, { popular, how });
  };
  for (const p of POPULAR_ACTIONS) {
    for (let i = 0; i < p.length; i++) {
      const c = p[i]!;
      add(p.slice(0, i) + p.slice(i + 1), p, `leaves out '${c}'`);
      add(p.slice(0, i) + c + p.slice(i), p, `repeats '${c}'`);
      if (i + 1 < p.length)
        add(p.slice(0, i) + p[i + 1] + c + p.slice(i + 2), p, `swaps '${c}${p[i + 1]}'`);
      for (const t of NEAR_KEYS[c] ?? [])
        add(p.slice(0, i) + t + p.slice(i + 1), p, `has '${t}' for '${c}'`);
    }
    const parts = p.split(/([-_/])/);
    for (let i = 0; i + 2 < parts.length; i += 2) {
      const s = [...parts];
      [s[i], s[i + 2]] = [s[i + 2]!, s[i]!];
      add(s.join(''), p, `swaps '${parts[i]}' and '${parts[i + 2]}'`);
    }
  }
  return out;
}

const index = referenceIndex();

describe('typosquat-uses lookalikes', () => {
  it('every one-slip variant gives the popular name and slip the index gives', () => {
    expect(index.size).toBeGreaterThan(5000);
    const kinds = new Map<string, number>();
    for (const [v, want] of index) {
      expect([v, lookalikeOf(v)]).toEqual([v, want]);
      const kind = / and '/.test(want.how)
        ? 'word swap'
        : /^(leaves out|repeats|swaps|has)/.exec(want.how)![1]!;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    // Every kind of slip is among them, many times.
    expect([...kinds.keys()].sort()).toEqual([
      'has',
      'leaves out',
      'repeats',
      'swaps',
      'word swap'
    ]);
    for (const n of kinds.values()) expect(n).toBeGreaterThan(50);
  });

  it('a popular name itself, and names two slips away, give none', () => {
    let checked = 0;
    for (const p of POPULAR_ACTIONS) {
      expect(lookalikeOf(p) === undefined).toBe(!index.has(p));
      // Two slips: every pair of positions with a character left out at each.
      for (let i = 0; i < p.length; i++) {
        for (let j = i + 1; j < p.length; j += 3) {
          const two = p.slice(0, i) + p.slice(i + 1, j) + p.slice(j + 1);
          expect([two, lookalikeOf(two)]).toEqual([two, index.get(two)]);
          const swapped = p.slice(0, i) + 'zq' + p.slice(i + 2);
          expect([swapped, lookalikeOf(swapped)]).toEqual([swapped, index.get(swapped)]);
          checked += 2;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('names that are not owner/repo, or far from any popular one, give none', () => {
    for (const s of [
      'actions',
      'actions/checkout/sub',
      '/checkout',
      'actions/',
      'acme/widget',
      'a/b',
      ''
    ])
      expect([s, lookalikeOf(s)]).toEqual([s, undefined]);
    expect(lookalikeOf('actoins/checkout')).toEqual({
      popular: 'actions/checkout',
      how: "swaps 'io'"
    });
    expect(lookalikeOf('checkout/actions')).toEqual({
      popular: 'actions/checkout',
      how: "swaps 'actions' and 'checkout'"
    });
  });
});
