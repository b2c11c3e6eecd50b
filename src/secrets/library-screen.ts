/**
 * An exact pre-screen for the secretlint rules (`library-rules.ts`): a text goes to secretlint
 * only when some rule could report in it, and a run none of whose texts could get a report never
 * loads secretlint (a third of the bundle).
 *
 * For each rule of the recommended preset, as this hub calls it — one `lintSource` per batch
 * named {@link LIBRARY_SOURCE_PATH} (not a package.json nor an .npmrc) and given no `ext`,
 * default rule options — the patterns it reports from, with what can only narrow a match left out:
 * lookbehinds, lookaheads and `\b`, optional parts at either end, a pattern's tail after a
 * prefix every match starts with, and the checks a rule makes after a match (placeholders,
 * allow-lists, decoding). So every text a rule reports in matches one of its screens, with the
 * rule's own flags; a text that matches none cannot get a report.
 *
 * No pattern of the preset matches across the batch separator (`\n\0\n`, see library-rules.ts),
 * so each value is screened alone. The screens are written for one version of the preset:
 * {@link SCREENED_PRESET} records it and its file's hash, and a test fails when the installed
 * preset differs, when a rule is added or removed, or when a secretlint report falls in a text
 * the screen let pass by (test/secretless/library-screen.test.ts).
 */

/**
 * The `filePath` every batch is linted under (and no `ext` is given): the file-type rules — npm's
 * package.json and .npmrc patterns, gcp's .json and .p12 checks — stay off.
 */
export const LIBRARY_SOURCE_PATH = 'secretless-batch';

/** The preset (and core) the screens were written against. */
export const SCREENED_PRESET = {
  core: '13.1.0',
  preset: '13.1.0',
  /** sha256 of @secretlint/secretlint-rule-preset-recommend/module/index.js. */
  sha256: 'fdaf699ca19965cf0a7a7c1252cec25b89076ffbd6a0e21d61634316fac2fd95'
} as const;

export interface RuleScreen {
  /** The secretlint rule id. */
  id: string;
  /** Every text the rule can report in matches one of these (empty: it reports in none). */
  patterns: RegExp[];
  /** Why the patterns cover the rule. */
  why: string;
}

const P = '@secretlint/secretlint-rule-';
const DB_AUTH = String.raw`[^:\/\s]{1,100}:[^@\/\s]{1,200}@`;

/** One entry per rule of the preset, in the preset's order (filter-comments is not run). */
export const RULE_SCREENS: readonly RuleScreen[] = [
  {
    id: `${P}aws`,
    // enableIDScanRule is off by default: only the secret-access-key pattern runs.
    patterns: [
      /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?\s*(?::|=>|=)\s*["']?[A-Za-z0-9/+=]{40}/
    ],
    why: 'the secret-access-key pattern without its optional AWS prefix, opening quote and closing quote/boundary'
  },
  {
    id: `${P}gcp`,
    patterns: [],
    why: 'reads only sources whose ext is .json or .p12; the batch is given no ext'
  },
  {
    id: `${P}privatekey`,
    patterns: [/-----BEGIN[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----/],
    why: 'the BEGIN line every PEM match starts with'
  },
  {
    id: `${P}npm`,
    // The x-oauth-basic (package.json) and _authToken (.npmrc) patterns need those file names.
    patterns: [/npm_[A-Za-z0-9_]{36}/u],
    why: 'the access-token pattern without its boundaries; the file-name patterns are off for the batch'
  },
  {
    id: `${P}basicauth`,
    patterns: [
      /(?:https?|ftp|ftps):\/\/[-a-zA-Z0-9_]{1,256}:[-a-zA-Z0-9_]{1,256}@[-a-zA-Z0-9%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}/
    ],
    why: 'the URL pattern without its closing boundary and the placeholder checks'
  },
  {
    id: `${P}slack`,
    patterns: [
      /(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr)-(?:\d-)?(?:[a-zA-Z0-9]{1,40}-)+[a-zA-Z0-9]{1,40}/,
      /https:\/\/hooks\.slack\.com\/services\/T[a-zA-Z0-9]{1,40}\/B[a-zA-Z0-9]{1,40}\/[a-zA-Z0-9]{1,40}/i
    ],
    why: 'the token pattern without its boundaries; the webhook pattern as it is'
  },
  {
    id: `${P}sendgrid`,
    patterns: [/SG\.\w{1,128}\.\w/u],
    why: 'the prefix of every match (the rule then needs 69 characters)'
  },
  {
    id: `${P}shopify`,
    patterns: [/(?:shppa|shpca|shpat|shpss)_[a-zA-Z0-9]{32,64}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}stripe`,
    patterns: [/(?:sk_live|sk_test|rk_live|rk_test)_[a-zA-Z0-9]{24,99}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}github`,
    patterns: [
      /(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}/u,
      /github_pat_[A-Za-z0-9_]{82}/u,
      /ghs_[0-9]{1,20}_[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,10000}\.[A-Za-z0-9_-]{1,1000}/u
    ],
    why: 'the classic, fine-grained and app-installation patterns without their lookarounds'
  },
  {
    id: `${P}gitlab`,
    patterns: [/glpat-[A-Za-z0-9_-]{20,128}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}grafana`,
    patterns: [/glc_[A-Za-z0-9+/]{32,400}/u, /glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/u],
    why: 'the cloud-token pattern without its padding and lookarounds; the service-account pattern without its lookarounds'
  },
  {
    id: `${P}openai`,
    patterns: [
      /sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})/,
      /sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}/
    ],
    why: 'both alternatives of the pattern without the boundary'
  },
  {
    id: `${P}anthropic`,
    patterns: [/sk-ant-api0\d-[A-Za-z0-9_-]{90,128}AA/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}groq`,
    patterns: [/gsk_[a-zA-Z0-9]{52}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}huggingface`,
    patterns: [/hf_[a-zA-Z]{34}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}linear`,
    patterns: [/lin_api_[a-zA-Z0-9_]{32,128}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}notion`,
    patterns: [/ntn_[0-9]{11}[A-Za-z0-9]{35}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}1password`,
    patterns: [/ops_ey[A-Za-z0-9+/=]{100,1280}fQ/u],
    why: 'the pattern without its padding and lookarounds (the rule then decodes the JSON)'
  },
  {
    id: `${P}database-connection-string`,
    // Each URI pattern reports only when its optional user:password@ group matched.
    patterns: [
      new RegExp(String.raw`mongodb(?:\+srv)?:\/\/${DB_AUTH}`, 'i'),
      new RegExp(String.raw`mysql(?:x)?:\/\/${DB_AUTH}`, 'i'),
      new RegExp(String.raw`postgres(?:ql)?:\/\/${DB_AUTH}`, 'i')
    ],
    why: 'the MongoDB, MySQL and PostgreSQL URIs up to their user:password@ (a match without it is not reported)'
  },
  {
    id: `${P}hashicorp-vault`,
    patterns: [
      /hvs\.[A-Za-z0-9_-]{90,120}/u,
      /hvb\.[A-Za-z0-9_-]{138,300}/u,
      /hvr\.[A-Za-z0-9_-]{90,120}/u
    ],
    why: 'the service, batch and recovery patterns without their lookarounds'
  },
  {
    id: `${P}vercel`,
    patterns: [/(?:vcp|vci|vca|vcr|vck)_[A-Za-z0-9]{20,60}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}databricks`,
    patterns: [/dapi[A-Fa-f0-9]{32}/u],
    why: 'the pattern without its optional suffix and lookarounds'
  },
  {
    id: `${P}docker`,
    patterns: [/dckr_pat_[a-zA-Z0-9_-]{27}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}figma`,
    patterns: [/figd_[A-Za-z0-9_-]{40,200}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}cloudflare`,
    patterns: [/(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}/u],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}tailscale`,
    patterns: [/tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}/u],
    why: 'the pattern without its lookarounds'
  }
];

/** The secretlint rules run, by id (for the evidence and the docs). */
export const LIBRARY_RULE_IDS: string[] = RULE_SCREENS.map((r) => r.id);

/**
 * The screens joined into one pattern per set of flags (an alternation matches where one of its
 * parts does), built on first use.
 */
let joined: RegExp[] | undefined;
function screens(): RegExp[] {
  if (joined) return joined;
  const byFlags = new Map<string, string[]>();
  for (const r of RULE_SCREENS) {
    for (const p of r.patterns) {
      const list = byFlags.get(p.flags) ?? [];
      list.push(`(?:${p.source})`);
      byFlags.set(p.flags, list);
    }
  }
  joined = [...byFlags].map(([flags, parts]) => new RegExp(parts.join('|'), flags));
  return joined;
}

/** Whether some secretlint rule could report in `text`; false means none can. */
export function mayMatchLibrary(text: string): boolean {
  for (const re of screens()) if (re.test(text)) return true;
  return false;
}
