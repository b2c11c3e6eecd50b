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
  patterns: Screen[];
  /** Why the patterns cover the rule. */
  why: string;
}

/**
 * A pattern and the literals every match of it holds: one of `any` and each of `all` (lowercase
 * for a case-insensitive pattern, then looked for in the lowercased text). The literals are looked
 * for first, with `includes`: the pattern is compiled and run only on a text that has them.
 */
export interface Screen {
  re: RegExp;
  any: string[];
  all?: string[];
}
const S = (re: RegExp, any: string[], all?: string[]): Screen =>
  all ? { re, any, all } : { re, any };

const P = '@secretlint/secretlint-rule-';
const DB_AUTH = String.raw`[^:\/\s]{1,100}:[^@\/\s]{1,200}@`;

/** One entry per rule of the preset, in the preset's order (filter-comments is not run). */
export const RULE_SCREENS: readonly RuleScreen[] = [
  {
    id: `${P}aws`,
    // enableIDScanRule is off by default: only the secret-access-key pattern runs.
    patterns: [
      S(
        /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)["']?\s*(?::|=>|=)\s*["']?[A-Za-z0-9/+=]{40}/,
        ['SECRET', 'secret', 'Secret']
      )
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
    patterns: [
      S(/-----BEGIN[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----/, [
        'PRIVATE KEY'
      ])
    ],
    why: 'the BEGIN line every PEM match starts with'
  },
  {
    id: `${P}npm`,
    // The x-oauth-basic (package.json) and _authToken (.npmrc) patterns need those file names.
    patterns: [S(/npm_[A-Za-z0-9_]{36}/u, ['npm_'])],
    why: 'the access-token pattern without its boundaries; the file-name patterns are off for the batch'
  },
  {
    id: `${P}basicauth`,
    patterns: [
      S(
        /(?:https?|ftp|ftps):\/\/[-a-zA-Z0-9_]{1,256}:[-a-zA-Z0-9_]{1,256}@[-a-zA-Z0-9%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}/,
        ['://'],
        ['@']
      )
    ],
    why: 'the URL pattern without its closing boundary and the placeholder checks'
  },
  {
    id: `${P}slack`,
    patterns: [
      S(/(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr)-(?:\d-)?(?:[a-zA-Z0-9]{1,40}-)+[a-zA-Z0-9]{1,40}/, [
        'xoxb-',
        'xoxp-',
        'xapp-',
        'xoxa-',
        'xoxo-',
        'xoxr-'
      ]),
      S(
        /https:\/\/hooks\.slack\.com\/services\/T[a-zA-Z0-9]{1,40}\/B[a-zA-Z0-9]{1,40}\/[a-zA-Z0-9]{1,40}/i,
        ['hooks.slack.com/services/']
      )
    ],
    why: 'the token pattern without its boundaries; the webhook pattern as it is'
  },
  {
    id: `${P}sendgrid`,
    patterns: [S(/SG\.\w{1,128}\.\w/u, ['SG.'])],
    why: 'the prefix of every match (the rule then needs 69 characters)'
  },
  {
    id: `${P}shopify`,
    patterns: [
      S(/(?:shppa|shpca|shpat|shpss)_[a-zA-Z0-9]{32,64}/u, ['shppa_', 'shpca_', 'shpat_', 'shpss_'])
    ],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}stripe`,
    patterns: [
      S(/(?:sk_live|sk_test|rk_live|rk_test)_[a-zA-Z0-9]{24,99}/u, [
        'sk_live_',
        'sk_test_',
        'rk_live_',
        'rk_test_'
      ])
    ],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}github`,
    patterns: [
      S(/(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}/u, ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']),
      S(/github_pat_[A-Za-z0-9_]{82}/u, ['github_pat_']),
      S(/ghs_[0-9]{1,20}_[A-Za-z0-9_-]{1,1000}\.[A-Za-z0-9_-]{1,10000}\.[A-Za-z0-9_-]{1,1000}/u, [
        'ghs_'
      ])
    ],
    why: 'the classic, fine-grained and app-installation patterns without their lookarounds'
  },
  {
    id: `${P}gitlab`,
    patterns: [S(/glpat-[A-Za-z0-9_-]{20,128}/u, ['glpat-'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}grafana`,
    patterns: [
      S(/glc_[A-Za-z0-9+/]{32,400}/u, ['glc_']),
      S(/glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}/u, ['glsa_'])
    ],
    why: 'the cloud-token pattern without its padding and lookarounds; the service-account pattern without its lookarounds'
  },
  {
    id: `${P}openai`,
    patterns: [
      S(
        /sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})/,
        ['T3BlbkFJ'],
        ['sk-']
      ),
      S(/sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}/, ['T3BlbkFJ'], ['sk-'])
    ],
    why: 'both alternatives of the pattern without the boundary'
  },
  {
    id: `${P}anthropic`,
    patterns: [S(/sk-ant-api0\d-[A-Za-z0-9_-]{90,128}AA/u, ['sk-ant-api0'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}groq`,
    patterns: [S(/gsk_[a-zA-Z0-9]{52}/u, ['gsk_'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}huggingface`,
    patterns: [S(/hf_[a-zA-Z]{34}/u, ['hf_'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}linear`,
    patterns: [S(/lin_api_[a-zA-Z0-9_]{32,128}/u, ['lin_api_'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}notion`,
    patterns: [S(/ntn_[0-9]{11}[A-Za-z0-9]{35}/u, ['ntn_'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}1password`,
    patterns: [S(/ops_ey[A-Za-z0-9+/=]{100,1280}fQ/u, ['ops_ey'])],
    why: 'the pattern without its padding and lookarounds (the rule then decodes the JSON)'
  },
  {
    id: `${P}database-connection-string`,
    // Each URI pattern reports only when its optional user:password@ group matched.
    patterns: [
      S(new RegExp(String.raw`mongodb(?:\+srv)?:\/\/${DB_AUTH}`, 'i'), ['mongodb'], ['@']),
      S(new RegExp(String.raw`mysql(?:x)?:\/\/${DB_AUTH}`, 'i'), ['mysql'], ['@']),
      S(new RegExp(String.raw`postgres(?:ql)?:\/\/${DB_AUTH}`, 'i'), ['postgres'], ['@'])
    ],
    why: 'the MongoDB, MySQL and PostgreSQL URIs up to their user:password@ (a match without it is not reported)'
  },
  {
    id: `${P}hashicorp-vault`,
    patterns: [
      S(/hvs\.[A-Za-z0-9_-]{90,120}/u, ['hvs.']),
      S(/hvb\.[A-Za-z0-9_-]{138,300}/u, ['hvb.']),
      S(/hvr\.[A-Za-z0-9_-]{90,120}/u, ['hvr.'])
    ],
    why: 'the service, batch and recovery patterns without their lookarounds'
  },
  {
    id: `${P}vercel`,
    patterns: [
      S(/(?:vcp|vci|vca|vcr|vck)_[A-Za-z0-9]{20,60}/u, ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'])
    ],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}databricks`,
    patterns: [S(/dapi[A-Fa-f0-9]{32}/u, ['dapi'])],
    why: 'the pattern without its optional suffix and lookarounds'
  },
  {
    id: `${P}docker`,
    patterns: [S(/dckr_pat_[a-zA-Z0-9_-]{27}/u, ['dckr_pat_'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}figma`,
    patterns: [S(/figd_[A-Za-z0-9_-]{40,200}/u, ['figd_'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}cloudflare`,
    patterns: [S(/(?:cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}/u, ['cfk_', 'cfut_', 'cfat_'])],
    why: 'the pattern without its lookarounds'
  },
  {
    id: `${P}tailscale`,
    patterns: [S(/tskey-[a-z]{2,20}-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}/u, ['tskey-'])],
    why: 'the pattern without its lookarounds'
  }
];

/** The secretlint rules run, by id (for the evidence and the docs). */
export const LIBRARY_RULE_IDS: string[] = RULE_SCREENS.map((r) => r.id);

/** The screens in one list, each with whether its literals are looked for in lowercase. */
const SCREENS = RULE_SCREENS.flatMap((r) =>
  r.patterns.map((p) => ({ ...p, all: p.all ?? [], lower: p.re.ignoreCase }))
);

function holds(text: string, any: string[], all: string[]): boolean {
  let found = false;
  for (const l of any) {
    if (text.includes(l)) {
      found = true;
      break;
    }
  }
  if (!found) return false;
  for (const l of all) if (!text.includes(l)) return false;
  return true;
}

/** No literal holds a newline or a NUL, so none is found across two texts joined with this. */
const JOIN = '\n\u0000\n';

/**
 * The indexes of the `texts` some secretlint rule could report in; any other text cannot get a
 * report. The literals are looked for once in all the texts together (most runs find none and
 * stop there), then text by text only for the screens whose literals were found.
 */
export function screenLibrary(texts: readonly string[]): number[] {
  if (!texts.length) return [];
  const joined = texts.join(JOIN);
  let lowerJoined: string | undefined;
  const live = SCREENS.filter((s) =>
    holds(s.lower ? (lowerJoined ??= joined.toLowerCase()) : joined, s.any, s.all)
  );
  if (!live.length) return [];
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    let lower: string | undefined;
    for (const s of live) {
      if (!holds(s.lower ? (lower ??= text.toLowerCase()) : text, s.any, s.all)) continue;
      if (s.re.test(text)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** Whether some secretlint rule could report in `text`; false means none can. */
export function mayMatchLibrary(text: string): boolean {
  return screenLibrary([text]).length > 0;
}
