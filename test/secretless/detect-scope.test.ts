/**
 * The scope found once over a set of values (src/secrets/detect.ts `detectScopeFor`: the value
 * rules whose literals occur, whether `asic` / `earer` occur) changes nothing: each value rule's
 * matches hold one of its literals, and detecting with the scope finds what detecting without it
 * finds, over every credential form, seeded mutations of them and seeded random texts.
 */
import { describe, expect, it } from '@jest/globals';
import { detect, detectScopeFor } from '../../src/secrets/detect.js';
import { VALUE_RULES } from '../../src/secrets/value-rules.js';
import { alnum, jwt, nowS, tokens } from './tokens.js';

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

const b64 = (s: string) => Buffer.from(s).toString('base64');

function forms(): [string, string][] {
  const ghs = tokens.ghs();
  return [
    ['GH', tokens.ghp()],
    ['GH2', `x ${tokens.gho()} ${tokens.ghu()} ${tokens.ghs()}`],
    ['PAT', tokens.githubPat()],
    ['APP', tokens.ghsJwt()],
    ['AWS_ACCESS_KEY_ID', tokens.awsKeyId()],
    ['AWS_SECRET_ACCESS_KEY', tokens.awsSecret()],
    ['KEY', tokens.pem()],
    ['ID_TOKEN', tokens.oidc()],
    ['LONG', jwt({ iss: 'x', iat: nowS(), exp: nowS() + 86400 * 90 })],
    ['NPM', tokens.npm()],
    ['G', `ya29.${alnum(40)}`],
    ['R', `1//0${alnum(40)}`],
    ['EXTRAHEADER', `AUTHORIZATION: basic ${b64(`x-access-token:${ghs}`)}`],
    ['H', `Authorization: Bearer ${alnum(40)}`],
    ['client-key-data', b64(tokens.pem())],
    ['auth', b64(`robot:${tokens.ghp()}`)],
    ['PLAIN', 'https://github.com'],
    ['MY_TOKEN', alnum(30)],
    ['SOME_SECRET', 'changeme'],
    ['API_KEY_HASH', alnum(40)]
  ];
}

const NOISE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./+=:@ \n';
function mutate(text: string, r: () => number): string {
  let t = text;
  for (let e = 0; e < 1 + Math.floor(r() * 3); e++) {
    const i = Math.floor(r() * (t.length + 1));
    const c = NOISE[Math.floor(r() * NOISE.length)];
    const k = Math.floor(r() * 6);
    if (k === 0) t = t.slice(0, i) + t.slice(i + 1);
    else if (k === 1) t = t.slice(0, i) + c + t.slice(i);
    else if (k === 2) t = t.slice(0, i) + c + t.slice(i + 1);
    else if (k === 3) t = t.slice(0, i);
    else if (k === 4) t = t.slice(i);
    else t = r() < 0.5 ? t.toUpperCase() : t.toLowerCase();
  }
  return t;
}

const PIECES = [
  'ghs_',
  'ghp_',
  'github_pat_',
  '-----BEGIN ',
  'PRIVATE KEY-----',
  'AKIA',
  'ASIA',
  'A3T',
  'eyJ',
  '.',
  'npm_',
  'ya29.',
  '1//0',
  'Basic ',
  'basic ',
  'Bearer ',
  'bearer ',
  '_',
  ' ',
  '\n'
];
function pick(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += NOISE[Math.floor(r() * 62)];
  return s;
}
function randomText(r: () => number): string {
  let t = '';
  for (let p = 0; p < 1 + Math.floor(r() * 10); p++)
    t += r() < 0.5 ? PIECES[Math.floor(r() * PIECES.length)] : pick(r, 1 + Math.floor(r() * 60));
  return t;
}

function expectSame(entries: [string, string][]): void {
  const scope = detectScopeFor(entries.map(([, v]) => v));
  const differ: string[] = [];
  const wrong: string[] = [];
  entries.forEach(([name, value], i) => {
    const a = JSON.stringify(detect(name, value));
    const b = JSON.stringify(detect(name, value, scope));
    if (a !== b) differ.push(`#${i} ${name}`);
    for (const rule of VALUE_RULES) {
      for (const m of value.matchAll(new RegExp(rule.re.source, rule.re.flags))) {
        if (!rule.needs.some((l) => m[0].includes(l))) wrong.push(`#${i} ${rule.id}`);
      }
    }
  });
  expect(differ).toEqual([]);
  expect(wrong).toEqual([]);
}

describe('the detection scope found once over a set of values', () => {
  it('leaves out the rules whose literals are in none of the values', () => {
    const scope = detectScopeFor(['https://github.com', '/usr/bin:/bin', 'C.UTF-8']);
    expect(scope.rules).toEqual([]);
    expect(scope.basic || scope.bearer).toBe(false);
    const t = tokens.npm();
    const found = detectScopeFor(['x', t]);
    expect(found.rules.map((r) => r.id)).toEqual(['npm-token']);
    expect(detect('X', t, found).map((d) => d.rule)).toEqual(['npm-token']);
  });

  it('every credential form is found alike with and without it, alone and together', () => {
    const all = forms();
    expectSame(all);
    for (const e of all) expectSame([e]);
  });

  it.each([1, 2, 3])('seeded mutations and random texts (seed %i)', (seed) => {
    const r = rng(seed);
    const entries: [string, string][] = [];
    for (const [name, value] of forms())
      for (let i = 0; i < 15; i++) entries.push([name, mutate(value, r)]);
    for (let i = 0; i < 500; i++) entries.push(['V', randomText(r)]);
    expectSame(entries);
    // And each alone, so a rule left out for one value is never one another value needed.
    for (const e of entries.slice(0, 200)) expectSame([e]);
  });
});
