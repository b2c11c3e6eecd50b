/**
 * typosquat-uses (zizmor): an `owner/repo` one slip away from a popular action — a character
 * left out, a neighbouring key hit instead, or two words of the name swapped — under another
 * owner. Such names are registered to catch mistyped `uses:` lines.
 */
import { usesSites } from './uses-sites.js';
import type { CheckContext, RuleFinding } from '../types.js';

/** Widely used actions (the names typosquatters imitate). */
const POPULAR = [
  '8398a7/action-slack',
  'actions/cache',
  'actions/checkout',
  'actions/configure-pages',
  'actions/create-github-app-token',
  'actions/dependency-review-action',
  'actions/deploy-pages',
  'actions/download-artifact',
  'actions/github-script',
  'actions/labeler',
  'actions/setup-dotnet',
  'actions/setup-go',
  'actions/setup-java',
  'actions/setup-node',
  'actions/setup-python',
  'actions/stale',
  'actions/upload-artifact',
  'actions/upload-pages-artifact',
  'astral-sh/setup-uv',
  'aws-actions/configure-aws-credentials',
  'azure/login',
  'codecov/codecov-action',
  'dependabot/fetch-metadata',
  'docker/build-push-action',
  'docker/login-action',
  'docker/metadata-action',
  'docker/setup-buildx-action',
  'docker/setup-qemu-action',
  'dorny/paths-filter',
  'dtolnay/rust-toolchain',
  'github/codeql-action',
  'google-github-actions/auth',
  'google-github-actions/setup-gcloud',
  'goreleaser/goreleaser-action',
  'gradle/actions',
  'hashicorp/setup-terraform',
  'jamesives/github-pages-deploy-action',
  'mikefarah/yq',
  'ncipollo/release-action',
  'peaceiris/actions-gh-pages',
  'peter-evans/create-pull-request',
  'pnpm/action-setup',
  'pre-commit/action',
  'pypa/gh-action-pypi-publish',
  'release-drafter/release-drafter',
  'ruby/setup-ruby',
  'shivammathur/setup-php',
  'slackapi/slack-github-action',
  'softprops/action-gh-release',
  'step-security/harden-runner',
  'styfle/cancel-workflow-action',
  'swatinem/rust-cache',
  'tj-actions/changed-files'
];

/** Keys next to each key on a QWERTY keyboard, and look-alikes. */
const NEAR: Record<string, string[]> = {
  '1': ['2', 'q', 'i', 'l'],
  '2': ['1', 'q', 'w', '3'],
  '3': ['2', 'w', 'e', '4'],
  '4': ['3', 'e', 'r', '5'],
  '5': ['4', 'r', 't', '6', 's'],
  '6': ['5', 't', 'y', '7'],
  '7': ['6', 'y', 'u', '8'],
  '8': ['7', 'u', 'i', '9'],
  '9': ['8', 'i', 'o', '0'],
  '0': ['9', 'o', 'p', '-'],
  '-': ['_', '0', 'p', '.', ''],
  _: ['-', '0', 'p', '.', ''],
  q: ['1', '2', 'w', 'a'],
  w: ['2', '3', 'e', 's', 'a', 'q', 'vv'],
  e: ['3', '4', 'r', 'd', 's', 'w'],
  r: ['4', '5', 't', 'f', 'd', 'e'],
  t: ['5', '6', 'y', 'g', 'f', 'r'],
  y: ['6', '7', 'u', 'h', 't', 'i'],
  u: ['7', '8', 'i', 'j', 'y', 'v'],
  i: ['1', '8', '9', 'o', 'l', 'k', 'j', 'u', 'y'],
  o: ['9', '0', 'p', 'l', 'i'],
  p: ['0', '-', 'o'],
  a: ['q', 'w', 's', 'z'],
  s: ['w', 'd', 'x', 'z', 'a', '5'],
  d: ['e', 'r', 'f', 'c', 'x', 's'],
  f: ['r', 'g', 'v', 'c', 'd'],
  g: ['t', 'h', 'b', 'v', 'f'],
  h: ['y', 'j', 'n', 'b', 'g'],
  j: ['u', 'i', 'k', 'm', 'n', 'h'],
  k: ['i', 'o', 'l', 'm', 'j'],
  l: ['i', 'o', 'p', 'k', '1'],
  z: ['a', 's', 'x'],
  x: ['z', 's', 'd', 'c'],
  c: ['x', 'd', 'f', 'v'],
  v: ['c', 'f', 'g', 'b', 'u'],
  b: ['v', 'g', 'h', 'n'],
  n: ['b', 'h', 'j', 'm'],
  m: ['n', 'j', 'k', 'rn'],
  '.': ['-', '_', ''],
  '/': ['-', '_']
};

/** A popular name `slug` is one slip away from, and the slip. */
export interface Lookalike {
  popular: string;
  how: string;
}

/** Each popular name's word-swapped forms (words split at - _ /, separators kept), made once. */
let wordSwaps: Map<string, { variant: string; how: string }[]> | undefined;

function wordSwapsOf(p: string): { variant: string; how: string }[] {
  wordSwaps ??= new Map();
  let out = wordSwaps.get(p);
  if (!out) {
    out = [];
    const parts = p.split(/([-_/])/);
    for (let i = 0; i + 2 < parts.length; i += 2) {
      const s = [...parts];
      [s[i], s[i + 2]] = [s[i + 2]!, s[i]!];
      out.push({ variant: s.join(''), how: `swaps '${parts[i]}' and '${parts[i + 2]}'` });
    }
    wordSwaps.set(p, out);
  }
  return out;
}

/**
 * The slip that makes `s` out of `p`, if one does, the first in this order: at each position
 * from the left a character left out, repeated, swapped with the next, or replaced by a key near
 * it (in NEAR's order); then two neighbouring words swapped. Found by comparing `s` with `p`
 * from both ends (`pre` and `suf` characters agree): no variant of `p` is made.
 */
function slipOf(s: string, p: string): string | undefined {
  const m = s.length;
  const n = p.length;
  if (m < n - 1 || m > n + 1) return undefined;
  const most = Math.min(m, n);
  let pre = 0;
  while (pre < most && s.charCodeAt(pre) === p.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < most && s.charCodeAt(m - 1 - suf) === p.charCodeAt(n - 1 - suf)) suf++;
  // A slip at position i leaves the characters before it alone: none can lie past `pre`.
  for (let i = 0; i <= pre && i < n; i++) {
    const c = p[i]!;
    if (m === n - 1 && suf >= n - 1 - i) return `leaves out '${c}'`;
    if (m === n + 1 && pre >= i + 1 && suf >= n - i) return `repeats '${c}'`;
    if (m === n && i + 1 < n && s[i] === p[i + 1] && s[i + 1] === c && suf >= n - i - 2)
      return `swaps '${c}${p[i + 1]}'`;
    for (const t of NEAR[c] ?? []) {
      if (m === n - 1 + t.length && suf >= n - 1 - i && s.startsWith(t, i))
        return `has '${t}' for '${c}'`;
    }
  }
  if (m === n) for (const w of wordSwapsOf(p)) if (w.variant === s) return w.how;
  return undefined;
}

/**
 * The popular action `slug` (an owner/repo, lower case) is one slip away from, the first in
 * POPULAR's order; undefined for a popular name itself and for anything else.
 */
export function lookalikeOf(slug: string): Lookalike | undefined {
  if (!/^[^/]+\/[^/]+$/.test(slug)) return undefined;
  for (const p of POPULAR) {
    if (slug === p) continue;
    const how = slipOf(slug, p);
    if (how !== undefined) return { popular: p, how };
  }
  return undefined;
}

/** The popular names (for tests: the variants they are checked against are made from these). */
export const POPULAR_ACTIONS: readonly string[] = POPULAR;
/** The near keys of each character, in the order they are tried. */
export const NEAR_KEYS: Readonly<Record<string, readonly string[]>> = NEAR;

export function typosquatUses(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const u of usesSites(ctx.wf)) {
    const { ref } = u;
    if (ref.kind !== 'repo') continue;
    const slug = `${ref.owner}/${ref.repo}`.toLowerCase();
    const hit = lookalikeOf(slug);
    // The popular action's own owner may name its repositories as it likes.
    if (!hit || hit.popular.split('/')[0] === ref.owner.toLowerCase()) continue;
    out.push({
      rule: 'typosquat-uses',
      message: `${u.where}: '${ref.owner}/${ref.repo}' looks like a typo of the popular action ${hit.popular} (it ${hit.how}): expected ${hit.popular}, got a lookalike under another owner`,
      help: `Check the name: if you meant ${hit.popular}, fix the uses: line; if this really is the action you want, add an exception for its owner with the reason.`,
      owner: `${ref.owner}/${ref.repo}`,
      line: u.str.pos.line,
      column: u.str.pos.column
    });
  }
  return out;
}
