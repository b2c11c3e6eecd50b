/**
 * Fixture annotations: a line ending in `# flag: rule[=level][*n], …` must carry exactly those
 * findings; `# zizmor-only: audit` marks a case zizmor's snapshot flags and we deliberately do
 * not (documented in docs/gates/workflow-policy.md ("The job and step audits")). The header `# rules: a, b` names
 * the rules a fixture is about; every other line must carry none of their findings.
 */
export interface Expected {
  rule: string;
  line: number;
  level?: 'error' | 'warning';
}

export interface Annotated {
  rules: string[];
  expected: Expected[];
  zizmorOnly: { rule: string; line: number }[];
}

export function readAnnotations(text: string): Annotated {
  const lines = text.split('\n');
  const header = /^# rules:\s*(.+)$/m.exec(text);
  if (!header) throw new Error('fixture without a # rules: header');
  const rules = header[1].split(',').map((r) => r.trim());
  const expected: Expected[] = [];
  const zizmorOnly: { rule: string; line: number }[] = [];
  lines.forEach((l, i) => {
    const flag = /#\s*flag:\s*([^#]+)/.exec(l);
    if (flag) {
      for (const item of flag[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^([\w-]+)(?:=(error|warning))?(?:\*(\d+))?$/.exec(item);
        if (!m) throw new Error(`bad annotation '${item}' on line ${i + 1}`);
        for (let k = 0; k < Number(m[3] ?? 1); k++) {
          expected.push({ rule: m[1], line: i + 1, level: m[2] as Expected['level'] });
        }
      }
    }
    const zo = /#\s*zizmor-only:\s*([\w-]+)/.exec(l);
    if (zo) zizmorOnly.push({ rule: zo[1], line: i + 1 });
  });
  return { rules, expected, zizmorOnly };
}
