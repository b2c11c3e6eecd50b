/**
 * The pre-screen before secretlint (src/secrets/library-screen.ts) is exact: every text in which
 * secretlint reports something is one the screen hands on, over a sample of every rule, seeded
 * mutations of them, seeded random texts, the repository's own files and fixtures and the shared
 * vectors and corpora; screened and unscreened batches give the same reports; and the screens
 * are tied to the preset they were written for (version, file hash, rule list).
 */
import { describe, expect, it } from '@jest/globals';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { matchLibraryRules, type LibraryMatch } from '../../src/secrets/library-rules.js';
import {
  LIBRARY_RULE_IDS,
  LIBRARY_SOURCE_PATH,
  mayMatchLibrary,
  RULE_SCREENS,
  SCREENED_PRESET,
  screenLibrary
} from '../../src/secrets/library-screen.js';
import { REPO_ROOT } from '../helpers/run-action.js';
import { itWithShared, SHARED } from '../helpers/shared.js';

const require = createRequire(import.meta.url);
const PRESET = '@secretlint/secretlint-rule-preset-recommend';

/** A seeded generator (mulberry32): the same texts on every run, a seed in each failure. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = '0123456789abcdef';
const B64URL = ALNUM + '_-';
let random = rng(16);
const pick = (alphabet: string, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
};

function pem(type: 'ec' | 'rsa'): string {
  const { privateKey } =
    type === 'ec'
      ? generateKeyPairSync('ec', {
          namedCurve: 'P-256',
          privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
          publicKeyEncoding: { type: 'spki', format: 'pem' }
        })
      : generateKeyPairSync('rsa', {
          modulusLength: 1024,
          privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
          publicKeyEncoding: { type: 'spki', format: 'pem' }
        });
  return privateKey.trim();
}

/** A 1Password service-account token: ops_ + base64 of a JSON object ending in `fQ`. */
function opsToken(): string {
  for (let pad = 0; ; pad++) {
    const json = JSON.stringify({
      signInAddress: 'my.1password.com',
      secretKey: pick(ALNUM, 90 + pad)
    });
    if (json.length % 3 === 1)
      return `ops_${Buffer.from(json).toString('base64').replace(/=+$/, '')}`;
  }
}

function jwtLike(): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'x', exp: 1 })}.${randomBytes(64).toString('base64url')}`;
}

/** Texts each rule reports in (made up at run time, never a real credential). */
function samples(): { rule: string; text: string }[] {
  const s = (rule: string, text: string) => ({ rule, text });
  return [
    s('aws', `AWS_SECRET_ACCESS_KEY=${pick(ALNUM + '+/', 40)}`),
    s('aws', `aws_secret_access_key = "${pick(ALNUM, 40)}"`),
    s('privatekey', pem('ec')),
    s('privatekey', pem('rsa')),
    s('privatekey', JSON.stringify({ key: pem('ec') })),
    s('npm', `//registry.npmjs.org/:_authToken=npm_${pick(ALNUM, 36)}`),
    s('basicauth', `https://deploy:${pick(ALNUM, 14)}@git.example.net/acme/widget.git`),
    s('slack', `xoxb-${pick(DIGITS, 11)}-${pick(DIGITS, 12)}-${pick(ALNUM, 24)}`),
    s(
      'slack',
      `https://hooks.slack.com/services/T${pick(ALNUM, 9)}/B${pick(ALNUM, 9)}/${pick(ALNUM, 24)}`
    ),
    s('sendgrid', `SG.${pick(ALNUM, 22)}.${pick(ALNUM, 43)}`),
    s('shopify', `shpat_${pick(ALNUM, 32)}`),
    s('stripe', `sk_live_${pick(ALNUM, 24)}`),
    s('stripe', `rk_test_${pick(ALNUM, 40)}`),
    s('github', `ghp_${pick(ALNUM, 36)}`),
    s('github', `github_pat_${pick(ALNUM, 22)}_${pick(ALNUM, 59)}`),
    s('github', `ghs_987654_${jwtLike()}`),
    s('gitlab', `glpat-${pick(B64URL, 20)}`),
    s('grafana', `glc_${pick(ALNUM + '+/', 40)}==`),
    s('grafana', `glsa_${pick(ALNUM, 32)}_${pick(HEX, 8)}`),
    s('openai', `sk-proj-${pick(B64URL, 74)}T3BlbkFJ${pick(B64URL, 74)}`),
    s('openai', `sk-${pick(ALNUM, 20)}T3BlbkFJ${pick(ALNUM, 20)}`),
    s('anthropic', `sk-ant-api03-${pick(B64URL, 93)}AA`),
    s('groq', `gsk_${pick(ALNUM, 52)}`),
    s('huggingface', `hf_${pick(UPPER + LOWER, 34)}`),
    s('linear', `lin_api_${pick(ALNUM, 40)}`),
    s('notion', `ntn_${pick(DIGITS, 11)}${pick(ALNUM, 35)}`),
    s('1password', opsToken()),
    s('database-connection-string', `postgres://app:${pick(ALNUM, 16)}@db.internal:5432/app`),
    s('database-connection-string', `mongodb+srv://app:${pick(ALNUM, 16)}@cluster0.example.net/db`),
    s('database-connection-string', `jdbc:mysql://app:${pick(ALNUM, 16)}@db.internal/app`),
    s('hashicorp-vault', `hvs.${pick(B64URL, 95)}`),
    s('hashicorp-vault', `hvb.${pick(B64URL, 140)}`),
    s('hashicorp-vault', `hvr.${pick(B64URL, 95)}`),
    s('vercel', `vcp_${pick(ALNUM, 24)}`),
    s('databricks', `dapi${pick(HEX, 32)}`),
    s('docker', `dckr_pat_${pick(B64URL, 27)}`),
    s('figma', `figd_${pick(B64URL, 40)}`),
    s('cloudflare', `cfut_${pick(ALNUM, 40)}${pick(HEX, 8)}`),
    s('tailscale', `tskey-auth-${pick(ALNUM, 12)}-${pick(ALNUM, 20)}`)
  ];
}

/** Edits that can make or break a match: characters in, out and changed, case, cuts, wrappers. */
const NOISE = ALNUM + '_-./+=:@"\'\n \t\\{}$%';
function mutate(text: string, r: () => number): string {
  const at = () => Math.floor(r() * (text.length + 1));
  const ch = () => NOISE[Math.floor(r() * NOISE.length)];
  let t = text;
  const edits = 1 + Math.floor(r() * 3);
  for (let e = 0; e < edits; e++) {
    const i = at();
    switch (Math.floor(r() * 12)) {
      case 0:
        t = t.slice(0, i) + t.slice(i + 1);
        break;
      case 1:
        t = t.slice(0, i) + ch() + t.slice(i);
        break;
      case 2:
        t = t.slice(0, i) + ch() + t.slice(i + 1);
        break;
      case 3:
        t = t.slice(0, i) + (t[i] ?? '').toUpperCase() + t.slice(i + 1);
        break;
      case 4:
        t = t.slice(0, i) + (t[i] ?? '').toLowerCase() + t.slice(i + 1);
        break;
      case 5:
        t = t.slice(0, i);
        break;
      case 6:
        t = t.slice(i);
        break;
      case 7:
        t = r() < 0.5 ? t.toUpperCase() : t.toLowerCase();
        break;
      case 8:
        t = `${pick(LOWER, 1 + Math.floor(r() * 4))}${t}${pick(ALNUM, Math.floor(r() * 3))}`;
        break;
      case 9:
        t = t.slice(0, i) + t.slice(i, i + 1 + Math.floor(r() * 8)).repeat(2) + t.slice(i);
        break;
      case 10:
        t = `NAME=${t}`;
        break;
      default:
        t = `"${t}"`;
    }
  }
  return t;
}

/** The pieces secretlint's patterns are made of, strung together at random. */
const PIECES = [
  'ghp_',
  'ghs_',
  'github_pat_',
  'npm_',
  'xoxb-',
  'xapp-',
  'SG.',
  'shpat_',
  'sk_live_',
  'sk-',
  'sk-proj-',
  'T3BlbkFJ',
  'sk-ant-api03-',
  'AA',
  'gsk_',
  'hf_',
  'lin_api_',
  'ntn_',
  'ops_ey',
  'fQ',
  'hvs.',
  'hvb.',
  'vcp_',
  'dapi',
  'dckr_pat_',
  'figd_',
  'cfut_',
  'tskey-',
  'glpat-',
  'glc_',
  'glsa_',
  '-----BEGIN PRIVATE KEY-----\n',
  '\n-----END PRIVATE KEY-----',
  'MI',
  'https://',
  'ftp://',
  'mongodb://',
  'postgres://',
  'mysql://',
  ':',
  '@',
  '.com',
  '/',
  'AWS_SECRET_ACCESS_KEY',
  'secret_access_key',
  '=',
  ' = ',
  '"',
  'hooks.slack.com/services/T',
  '/B',
  '-',
  '_',
  '.',
  '\n'
];
function randomText(r: () => number): string {
  let t = '';
  const parts = 1 + Math.floor(r() * 12);
  for (let p = 0; p < parts; p++) {
    const k = r();
    if (k < 0.45) t += PIECES[Math.floor(r() * PIECES.length)];
    else if (k < 0.6) t += pick(HEX, 1 + Math.floor(r() * 40));
    else t += pick(r() < 0.5 ? ALNUM : B64URL, 1 + Math.floor(r() * 120));
  }
  return t;
}

/**
 * The literals a screen looks for first are in every match of its pattern, so looking for them
 * first changes nothing: the screen with them says what the patterns alone say.
 */
function expectLiteralsHeld(texts: string[], label: string): void {
  const wrong: string[] = [];
  const screens = RULE_SCREENS.flatMap((r) => r.patterns.map((p) => ({ id: r.id, ...p })));
  for (let i = 0; i < texts.length; i++) {
    let any = false;
    for (const s of screens) {
      const global = new RegExp(s.re.source, `${s.re.flags}g`);
      for (const m of texts[i].matchAll(global)) {
        any = true;
        const t = s.re.flags.includes('i') ? m[0].toLowerCase() : m[0];
        if (!s.any.some((l) => t.includes(l)) || !(s.all ?? []).every((l) => t.includes(l)))
          wrong.push(`${label}#${i} ${s.id} /${s.re.source.slice(0, 24)}…/`);
      }
    }
    if (any !== mayMatchLibrary(texts[i])) wrong.push(`${label}#${i}: screen ${!any} vs ${any}`);
  }
  expect(wrong).toEqual([]);
}

/** Every text secretlint reports in is one the screen passes; returns how many each way. */
async function expectCovered(texts: string[], label: string) {
  const full = await matchLibraryRules(texts, { screen: false });
  const reported = new Set(full.map((m) => m.index));
  const missed = [...reported].filter((i) => !mayMatchLibrary(texts[i]));
  // Name the rule and a hash, never the text (it may look like a credential).
  expect(
    missed.map((i) => {
      const rules = full.filter((m) => m.index === i).map((m) => m.rule);
      return `${label}#${i} ${rules.join(',')} sha256:${createHash('sha256').update(texts[i]).digest('hex').slice(0, 12)}`;
    })
  ).toEqual([]);
  const screened = await matchLibraryRules(texts);
  const key = (m: LibraryMatch) => `${m.index}:${m.rule}:${m.start}:${m.end}`;
  expect(screened.map(key).sort()).toEqual(full.map(key).sort());
  const passed = texts.filter((t) => mayMatchLibrary(t)).length;
  // Screening the texts together passes on the same ones as screening each alone.
  expect(screenLibrary(texts)).toEqual(texts.flatMap((t, i) => (mayMatchLibrary(t) ? [i] : [])));
  expectLiteralsHeld(texts, label);
  return { texts: texts.length, reported: reported.size, passed, full };
}

describe('the secretlint pre-screen is written for the installed preset', () => {
  it('versions, the preset file and the rule list are those the screens were written for', () => {
    const presetMain = require.resolve(PRESET);
    const version = (dir: string) =>
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version(dirname(dirname(presetMain)))).toBe(SCREENED_PRESET.preset);
    const coreDir = dirname(dirname(require.resolve('@secretlint/core')));
    expect(version(coreDir)).toBe(SCREENED_PRESET.core);
    const hash = createHash('sha256').update(readFileSync(presetMain)).digest('hex');
    // A different file: read each rule's patterns again and update library-screen.ts with it.
    expect(hash).toBe(SCREENED_PRESET.sha256);
  });

  it('every rule the gate runs has a screen, and no screen is for a rule that is not run', async () => {
    const { rules } = await import('@secretlint/secretlint-rule-preset-recommend');
    const run = rules
      .map((r) => r.meta.id)
      .filter((id) => id !== '@secretlint/secretlint-rule-filter-comments');
    expect(LIBRARY_RULE_IDS).toEqual(run);
    expect(new Set(RULE_SCREENS.map((r) => r.id)).size).toBe(RULE_SCREENS.length);
    for (const r of RULE_SCREENS) expect([r.id, r.why.length > 0]).toEqual([r.id, true]);
  });

  it('the gcp rule, the one without a screen, cannot report in a source without an extension', async () => {
    const { lintSource } = await import('@secretlint/core');
    const { rules } = await import('@secretlint/secretlint-rule-preset-recommend');
    const gcp = rules.find((r) => r.meta.id === '@secretlint/secretlint-rule-gcp');
    expect(gcp).toBeDefined();
    const key = JSON.stringify({
      type: 'service_account',
      private_key_id: pick(HEX, 40),
      private_key: `${pem('rsa')}\n`,
      client_email: 'ci@example.iam.gserviceaccount.com'
    });
    const lint = (filePath: string, ext?: string) =>
      lintSource({
        source: { filePath, content: key, contentType: 'text', ...(ext ? { ext } : {}) },
        options: { config: { rules: [{ id: gcp!.meta.id, rule: gcp! }] }, noPhysicFilePath: true }
      });
    // Given the extension .json it reports (so the check below can fail); the gate gives none.
    expect((await lint('key.json', '.json')).messages.length).toBe(1);
    expect((await lint('key.json')).messages).toEqual([]);
    expect((await lint(LIBRARY_SOURCE_PATH)).messages).toEqual([]);
    expect(RULE_SCREENS.find((r) => r.id.endsWith('-gcp'))?.patterns).toEqual([]);
  });
});

describe('every secretlint report is in a text the pre-screen passes on', () => {
  it('a sample of every rule is reported and passed on', async () => {
    random = rng(1);
    const list = samples();
    const { full } = await expectCovered(
      list.map((s) => s.text),
      'sample'
    );
    const found = new Set(full.map((m) => m.rule.replace('secretlint/', '')));
    const wanted = LIBRARY_RULE_IDS.map((id) =>
      id.replace('@secretlint/secretlint-rule-', '')
    ).filter((r) => r !== 'gcp');
    expect(wanted.filter((r) => !found.has(r))).toEqual([]);
    for (const s of list) expect([s.rule, mayMatchLibrary(s.text)]).toEqual([s.rule, true]);
  });

  it.each([1, 2, 3])('seeded mutations of the samples (seed %i)', async (seed) => {
    random = rng(seed);
    const r = rng(seed * 7919);
    const texts: string[] = [];
    for (const s of samples()) for (let i = 0; i < 60; i++) texts.push(mutate(s.text, r));
    const c = await expectCovered(texts, `mutation/${seed}`);
    // Both ways happen: mutations that secretlint still reports, and ones the screen stops.
    expect(c.reported).toBeGreaterThan(200);
    expect(c.passed).toBeLessThan(c.texts);
  });

  it.each([1, 2, 3])('seeded random texts of the patterns’ pieces (seed %i)', async (seed) => {
    random = rng(seed + 100);
    const r = rng(seed + 1000);
    const texts = Array.from({ length: 3000 }, () => randomText(r));
    const c = await expectCovered(texts, `random/${seed}`);
    expect(c.reported).toBeGreaterThan(0);
    expect(c.passed).toBeLessThan(c.texts);
  });

  it('an environment value that starts with a byte-order mark keeps its ranges', async () => {
    random = rng(5);
    const token = `ghp_${pick(ALNUM, 36)}`;
    const values = [`\ufeff${token}`, 'plain'];
    const m = await matchLibraryRules(values);
    expect(m.map((x) => [x.index, values[x.index].slice(x.start, x.end)])).toEqual([[0, token]]);
  });

  it("the repository's own files and fixtures", async () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (name === 'node_modules' || name.startsWith('.')) continue;
        const st = statSync(p);
        if (st.isDirectory()) walk(p);
        else if (st.size < 2 * 1024 * 1024) texts.push(readFileSync(p, 'utf8'));
      }
    };
    for (const d of ['src', 'test', 'docs', 'actions', 'schema', 'bench', 'scripts'])
      walk(join(REPO_ROOT, d));
    expect(texts.length).toBeGreaterThan(100);
    const c = await expectCovered(texts, 'repo');
    expect(c.passed).toBeLessThan(c.texts);
  });

  itWithShared('the shared vectors and corpora', async () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        const st = statSync(p);
        if (st.isDirectory()) walk(p);
        else if (st.isFile() && st.size < 4 * 1024 * 1024) texts.push(readFileSync(p, 'latin1'));
      }
    };
    walk(join(SHARED, 'vectors'));
    walk(join(SHARED, 'corpora'));
    expect(texts.length).toBeGreaterThan(100);
    const c = await expectCovered(texts, 'shared');
    expect(c.passed).toBeLessThan(c.texts);
  });
});
