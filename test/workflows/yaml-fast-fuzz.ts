/**
 * Random YAML-like texts for the differential test: nested block maps and sequences with
 * comments at random columns, blank lines, every block-scalar header, plain (also multi-line),
 * quoted and flow scalars, odd indentation now and then, anchors on scalars and on nested
 * collections, aliases (to anchors made before, later, or not at all). Seeded, so a failure
 * repeats.
 */
export function randomYaml(seed: number): string {
  let s = seed >>> 0 || 1;
  const rnd = (n: number): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
  const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)];
  const out: string[] = [];
  const pad = (n: number) => ' '.repeat(n);
  let anchors = 0;
  /** Now and then an anchor before a value: `&a3 ` (or `&a3` before a nested node). */
  const anchor = (space: string) => (rnd(8) === 0 ? `&a${anchors++}${space}` : '');
  const comment = () => {
    if (rnd(6) === 0) out.push(`${pad(rnd(10))}# c${rnd(100)}`);
    if (rnd(8) === 0) out.push(pick(['', '  ', pad(rnd(8))]));
  };
  /** Now and then a flow collection broken over lines after its brackets and commas. */
  const overLines = (flow: string, indent: number): string => {
    if (rnd(3) !== 0) return flow;
    return flow.replace(/([[{,]) ?|(?=[\]}])/g, (m, sep: string | undefined) =>
      rnd(2) === 0 ? `${sep ?? ''}\n${pad(indent + rnd(4))}` : m
    );
  };
  const plain = () =>
    pick(['x', 'on', 'yes', '1', '010', '0x1F', '1e3', '.5', '-1', 'true', 'null', '~', 'a b', 'a#b', 'http://x:1', '${{ x }}', 'é✓', '1.50', '.inf', 'NULL', 'False']);
  const scalar = (indent: number): string => {
    switch (rnd(12)) {
      case 0:
        return `"${pick(['q', 'a\\tb', '\\u00e9', 'x # y', "it's", '\\x41'])}"`;
      case 1:
        return `'${pick(['q', "it''s", 'a " b', '# no'])}'`;
      case 2:
        return overLines(`[${pick(['', 'a', 'a, b', ' a , "b" ', 'a, ', '1, true', '--x, [p, q], {r: s}'])}]`, indent);
      case 3:
        return overLines(`{${pick(['', 'a: 1', ' a: 1, "b": c ', 'k: [x]', 'o: --f, k: [x, y], m: {n: -1}'])}}`, indent);
      case 4:
      case 5: {
        const head = pick(['|', '>', '|-', '>-', '|+', '>+', '|2', '| # h']);
        const ind = indent + 1 + rnd(3);
        const lines: string[] = [];
        const n = 1 + rnd(4);
        for (let k = 0; k < n; k++) {
          const kind = rnd(6);
          lines.push(kind === 0 ? '' : kind === 1 ? pad(ind + 2) + 'more' : kind === 2 ? pad(rnd(ind + 3)) : pad(ind) + pick(['t', '# in', 'a  ', 'b c']));
        }
        if (!lines.some((l) => l.trim())) lines.push(pad(ind) + 'z');
        return `${head}\n${lines.join('\n')}`;
      }
      case 6:
        return `${plain()}\n${pad(indent + 1 + rnd(2))}${plain()}`;
      case 7:
        return `${plain()} # t`;
      case 8:
        return '';
      case 9:
        // An alias: mostly to an anchor made before, sometimes to the next or a later one.
        if (rnd(2) === 0) return `*a${anchors && rnd(4) ? rnd(anchors) : anchors + rnd(2)}`;
        return `${anchor(' ')}${plain()}`;
      default:
        return plain();
    }
  };
  const node = (indent: number, depth: number, inSeq: boolean): void => {
    const n = 1 + rnd(4);
    const seq = depth > 0 && rnd(3) === 0;
    for (let k = 0; k < n; k++) {
      comment();
      const lead = inSeq && k === 0 ? '' : pad(indent);
      const off = rnd(40) === 0 ? pad(1) : '';
      if (seq) {
        const sp = pick([' ', ' ', '   ']);
        if (depth < 4 && rnd(3) === 0) {
          out.push(`${lead}${off}-${sp}k${k}: ${scalar(indent + 1 + sp.length)}`);
          if (rnd(2) === 0) out.push(`${pad(indent + 1 + sp.length)}m${k}: ${scalar(indent + 1 + sp.length)}`);
        } else if (depth < 4 && rnd(4) === 0) {
          out.push(`${lead}${off}-${anchor('').replace(/^&/, ' &')}`);
          node(indent + 2, depth + 1, false);
        } else out.push(`${lead}${off}-${sp}${scalar(indent)}`);
      } else {
        const key = pick(['a', 'on', 'run', '"q k"', "'s'", 'On', 'k' + k, 'x y', '1']);
        if (depth < 4 && rnd(3) === 0) {
          out.push(`${lead}${off}${key}:${anchor('').replace(/^&/, ' &')}${rnd(5) === 0 ? ' # kc' : ''}`);
          const step = pick([1, 2, 2, 4]);
          if (rnd(5) === 0) {
            out.push(`${pad(indent)}- ${scalar(indent)}`);
          } else node(indent + step, depth + 1, false);
        } else out.push(`${lead}${off}${key}: ${anchor(' ')}${scalar(indent)}`);
      }
    }
  };
  if (rnd(5) === 0) out.push('---');
  node(0, 0, false);
  comment();
  return out.join('\n') + (rnd(6) === 0 ? '' : '\n');
}
