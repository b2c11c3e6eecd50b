import { describe, expect, it } from '@jest/globals';
import { VersionPins, type PinConflict } from '../../src/gates/workflow-policy/version-pins.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

const site = (
  file: string,
  line: number,
  target = 'actions/checkout',
  where = `job 'x', step ${line}`
) => ({
  file,
  where,
  target,
  line,
  column: 9
});

const brief = (c: PinConflict) => [c.action, c.tag, c.commit.slice(0, 1), c.site.file, c.site.line];

describe('VersionPins', () => {
  it('reports nothing when every tag is pinned to one commit', () => {
    const pins = new VersionPins();
    pins.add(site('a.yml', 1), 'v4', A);
    pins.add(site('b.yml', 2), 'v4', A.toUpperCase());
    pins.add(site('b.yml', 3), 'v5', B);
    expect(pins.size).toBe(3);
    expect([...pins.conflicts()]).toEqual([]);
  });

  it('reports every site of a tag pinned to two commits, by commit first met, sites in order', () => {
    const pins = new VersionPins();
    pins.add(site('a.yml', 1), 'v4', A);
    pins.add(site('b.yml', 2, 'Actions/Checkout'), 'v4', B);
    pins.add(site('c.yml', 3), 'v4', A);
    pins.add(site('c.yml', 4, 'actions/cache'), 'v4', C);
    pins.add(site('d.yml', 5), 'v4', C);
    const all = [...pins.conflicts()];
    expect(all.map(brief)).toEqual([
      ['actions/checkout', 'v4', 'a', 'a.yml', 1],
      ['actions/checkout', 'v4', 'a', 'c.yml', 3],
      ['actions/checkout', 'v4', 'b', 'b.yml', 2],
      ['actions/checkout', 'v4', 'c', 'd.yml', 5]
    ]);
    expect(all[0]!.commits).toEqual([A, B, C]);
    // The target as written is kept per site; the grouping is case-insensitive.
    expect(all[2]!.site).toEqual(site('b.yml', 2, 'Actions/Checkout'));
  });

  it('keeps every field of thousands of sites (past the row store growing)', () => {
    const pins = new VersionPins();
    const n = 5000;
    for (let i = 0; i < n; i++) {
      pins.add(site(`w${i % 97}.yml`, i + 1, 'o/r', `job ${i}`), 'v1', i % 2 ? A : B);
    }
    const all = [...pins.conflicts()];
    expect(all).toHaveLength(n);
    const first = all.filter((c) => c.commit === B);
    expect(first).toHaveLength(n / 2);
    expect(first[1]!.site).toEqual({
      file: 'w2.yml',
      where: 'job 2',
      target: 'o/r',
      line: 3,
      column: 9
    });
    expect(all.at(-1)!.site).toEqual({
      file: `w${(n - 1) % 97}.yml`,
      where: `job ${n - 1}`,
      target: 'o/r',
      line: n,
      column: 9
    });
  });

  it('refuses a position the row cannot hold exactly', () => {
    const pins = new VersionPins();
    expect(() => pins.add(site('a.yml', 1.5), 'v1', A)).toThrow(/line is 1.5/);
    expect(() => pins.add({ ...site('a.yml', 1), column: 2 ** 31 }, 'v1', A)).toThrow(/column/);
    expect(pins.size).toBe(0);
  });
});
