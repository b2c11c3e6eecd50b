/** src/secrets: every supported credential form is found whole, by value, by name, by entropy. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { addLibraryMatch, detect } from '../../src/secrets/detect.js';
import { parseEnviron } from '../../src/secrets/environ.js';
import { entropy } from '../../src/secrets/entropy.js';
import { fingerprint, placeholder } from '../../src/secrets/fingerprint.js';
import { decodeJwt } from '../../src/secrets/jwt.js';
import { matchLibraryRules } from '../../src/secrets/library-rules.js';
import { matchNameRule } from '../../src/secrets/name-rules.js';
import { NAME_WORDS, scanText } from '../../src/secrets/scan-text.js';
import { widenToToken } from '../../src/secrets/value-rules.js';
import { entropy as staticEntropy } from '../../src/gates/workflow-policy/rules/static-secrets.js';
import { expectNoLeak, jwt, nowS, plant, tokens } from './tokens.js';

const outputs: Record<string, string> = {};
afterAll(() => expectNoLeak(outputs));

function only(name: string, value: string) {
  const d = detect(name, value);
  expect(d).toHaveLength(1);
  return { ...d[0], text: value.slice(d[0].start, d[0].end) };
}

describe('value rules', () => {
  const cases: [string, () => string, string][] = [
    ['ghp_', tokens.ghp, 'github-token'],
    ['gho_', tokens.gho, 'github-token'],
    ['ghu_', tokens.ghu, 'github-token'],
    ['ghs_ (classic)', tokens.ghs, 'github-token'],
    ['github_pat_', tokens.githubPat, 'github-pat'],
    ['ghs_<app>_<JWT>', () => tokens.ghsJwt(), 'github-app-token'],
    ['AWS access key id', tokens.awsKeyId, 'aws-access-key-id'],
    ['PEM private key', tokens.pem, 'private-key'],
    ['JWT', () => tokens.oidc(), 'jwt'],
    ['npm token', tokens.npm, 'npm-token']
  ];
  it.each(cases)('%s is found whole, under any name, inside surrounding text', (_l, make, rule) => {
    const secret = make();
    const value = `prefix ${secret} suffix`;
    const d = only('SOMETHING', value);
    expect(d.rule).toBe(rule);
    expect(d.text).toBe(secret);
  });

  it('the ~520-character ghs_<app>_<JWT> is one match with its claims (never cut at a dot)', () => {
    const t = tokens.ghsJwt(3600);
    expect(t.length).toBeGreaterThan(480);
    const d = only('X', t);
    expect(d.end - d.start).toBe(t.length);
    expect(d.claims?.exp).toBeGreaterThan(nowS());
    expect(d.claims?.iss).toMatch(/^Iv1\./);
    const red = placeholder(d.rule, d.text);
    expect(red).toMatch(/^\*\*\*github-app-token:[0-9a-f]{12}\*\*\*$/);
    expect(red).toBe(`***github-app-token:${fingerprint(t)}***`);
    outputs['ghs placeholder'] = red;
  });

  it('a PEM key without its END line is taken to the end of the value', () => {
    const pem = tokens.pem();
    const cut = pem.slice(0, pem.indexOf('-----END'));
    const d = only('K', cut);
    expect(d.text).toBe(cut);
  });

  it('a Basic pair in base64 is decoded: the token inside names the rule, the whole base64 is the match', () => {
    const t = tokens.ghs();
    const b64 = plant(Buffer.from(`x-access-token:${t}`).toString('base64'));
    const d = only('extraheader', `AUTHORIZATION: basic ${b64}`);
    expect(d.rule).toBe('github-token');
    expect(d.text).toBe(b64);
    expect(d.encoding).toBe('base64');
    const pw = tokens.password();
    const b = plant(Buffer.from(`user:${pw}`).toString('base64'));
    expect(only('h', `Basic ${b}`).rule).toBe('basic-auth');
  });

  it('a base64 blob holding a PEM key (kubeconfig client-key-data) is found', () => {
    const blob = plant(Buffer.from(tokens.pem()).toString('base64'));
    const d = only('client-key-data', blob);
    expect(d.rule).toBe('private-key');
    expect(d.text).toBe(blob);
  });

  it('JWT claims are read without verifying; duplicate or non-JSON claims are not a JWT', () => {
    const t = jwt({ iss: 'https://issuer.example', exp: 2000000000, iat: 1999999000 });
    expect(decodeJwt(t)).toMatchObject({
      iss: 'https://issuer.example',
      exp: 2000000000,
      alg: 'RS256'
    });
    const h = Buffer.from('{"alg":"none"}').toString('base64url');
    const dup = Buffer.from('{"exp":1,"exp":2}').toString('base64url');
    expect(decodeJwt(`${h}.${dup}.x`)).toBeUndefined();
    expect(decodeJwt('eyJub3QganNvbg.eyJub3QganNvbg.x')).toBeUndefined();
  });
});

describe('name and entropy rules', () => {
  it.each([
    ['AWS_SECRET_ACCESS_KEY', 'aws-secret-access-key'],
    ['aws_secret_access_key', 'aws-secret-access-key'],
    ['AWS_SESSION_TOKEN', 'aws-session-token'],
    ['DEPLOY_PRIVATE_KEY', 'private-key-name'],
    ['NPM_TOKEN', 'token-name'],
    ['SONAR_PAT', 'token-name'],
    ['DB_PASSWORD', 'secret-name'],
    ['STRIPE_API_KEY', 'secret-name'],
    ['//registry.npmjs.org/:_authToken', 'npm-auth'],
    ['auth', 'docker-auth']
  ])('%s is a credential name (%s)', (name, rule) => {
    expect(matchNameRule(name)?.id).toBe(rule);
    // The file scan's line pre-filter lets every credential name through.
    expect(NAME_WORDS.test(name)).toBe(true);
    const v = tokens.password();
    expect(only(name, v).rule).toBe(rule);
  });

  it.each([
    'AWS_ACCESS_KEY_ID',
    'SSH_KNOWN_HOSTS',
    'CACHE_KEY',
    'TOKEN_URL',
    'GPG_KEY_ID',
    'PUBLIC_KEY',
    'subject_token_type'
  ])('%s is not a credential name', (name) => expect(matchNameRule(name)).toBeUndefined());

  it('placeholders under a credential name are not credentials (setup-node, ***, references)', () => {
    for (const v of [
      'XXXXX-XXXXX-XXXXX-XXXXX',
      '***',
      '${{ secrets.NPM_TOKEN }}',
      '',
      'changeme-please',
      'short'
    ])
      expect(detect('NODE_AUTH_TOKEN', v)).toEqual([]);
  });

  it('the entropy rule needs a keyword in the name and a random value', () => {
    const v = tokens.awsSecret().replace(/[+/]/g, 'x');
    expect(only('MY_CREDENTIALS_BLOB', v).rule).toBe('generic-high-entropy');
    expect(detect('BUILD_CHECKSUM', v)).toEqual([]);
    expect(detect('MY_CREDENTIALS_BLOB', 'a perfectly ordinary sentence value')).toEqual([]);
    expect(entropy('aaaa')).toBe(0);
    expect(staticEntropy).toBe(entropy);
  });
});

describe('secretlint as the library', () => {
  it('finds what our own rules do not (Slack) in one batch, ranges per value', async () => {
    const slack = tokens.slack();
    const values = ['plain', `x ${slack} y`, 'nothing here either'];
    const m = await matchLibraryRules(values);
    const hit = m.find((x) => x.rule === 'secretlint/slack');
    expect(hit).toBeDefined();
    expect(hit?.index).toBe(1);
    expect(values[1].slice(hit?.start, hit?.end)).toBe(slack);
  });

  it('runs with the secretlint profiler off: no performance marks kept, the same reports', async () => {
    const slack = tokens.slack();
    // secretlint is loaded on first use; the profiler is switched off as it loads.
    await matchLibraryRules([`x ${slack} y`]);
    const { secretLintProfiler } = await import('@secretlint/profiler');
    expect(secretLintProfiler.isEnabled).toBe(false);
    performance.clearMarks();
    const m = await matchLibraryRules([`x ${slack} y`]);
    expect(m.map((x) => x.rule)).toContain('secretlint/slack');
    expect(performance.getEntriesByType('mark')).toHaveLength(0);
    expect(await secretLintProfiler.getEntries()).toHaveLength(0);
  });

  it('a library range that covers only part of a secret is widened to the whole token', async () => {
    // secretlint 13's AWS rule reports [start of the match, + length of the key]: the name and
    // part of the key. Widening inside the value keeps no tail of it.
    const key = tokens.awsSecret();
    const value = key;
    const found: ReturnType<typeof detect> = [];
    addLibraryMatch(found, value, 'secretlint/aws', 0, 18);
    expect(value.slice(found[0].start, found[0].end)).toBe(key);
    expect(widenToToken('a ab.cd.ef b', 5, 6)).toEqual([2, 10]);
  });
});

describe('environ parsing', () => {
  it('splits on NUL; keeps binary junk byte for byte; an entry without = is a value', () => {
    const t = tokens.ghp();
    const buf = Buffer.concat([
      Buffer.from('A=1\0'),
      Buffer.from([0x4a, 0x3d, 0xff, 0xfe, 0x80, 0x00]),
      Buffer.from(`NOEQUALS:${t}\0`),
      Buffer.from(`B=${t}\0\0`)
    ]);
    const p = parseEnviron(buf);
    expect(p.binary).toBe(1);
    expect(p.malformed).toBe(1);
    expect(p.entries.map((e) => e.name)).toEqual(['A', 'J', '', 'B']);
    expect(p.entries[1].value).toBe('\xff\xfe\x80');
    expect(detect(p.entries[2].name, p.entries[2].value)[0].rule).toBe('github-token');
  });
});

describe('credentials files', () => {
  it('docker config auth (base64 user:token), npmrc, AWS ini, kubeconfig, git extraheader, gcloud ADC', () => {
    const ghp = tokens.ghp();
    const auth = plant(Buffer.from(`robot:${ghp}`).toString('base64'));
    const pw = plant(Buffer.from(`robot:${tokens.password()}`).toString('base64'));
    const docker = JSON.stringify(
      { auths: { 'ghcr.io': { auth }, 'registry.example': { auth: pw } }, credsStore: 'desktop' },
      null,
      2
    );
    const d = scanText(docker);
    expect(d.map((x) => [x.rule, x.name])).toEqual([
      ['github-token', 'auth'],
      ['docker-auth', 'auth']
    ]);
    expect(docker.slice(d[0].start, d[0].end)).toBe(auth);
    expect(d[0].line).toBe(4);

    const npm = tokens.npm();
    const secret = tokens.password();
    const npmrc = `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npm}\n//npm.pkg.github.com/:_authToken=${secret}\n`;
    expect(scanText(npmrc).map((x) => [x.rule, x.line])).toEqual([
      ['npm-token', 2],
      ['npm-auth', 3]
    ]);

    const id = tokens.awsKeyId();
    const key = tokens.awsSecret();
    const ini = `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${key}\nregion = eu-west-1\n`;
    const a = scanText(ini);
    expect(a.map((x) => x.rule)).toEqual(['aws-access-key-id', 'aws-secret-access-key']);
    expect(ini.slice(a[1].start, a[1].end)).toBe(key);

    const sa = jwt({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:deployer' });
    const ckd = plant(Buffer.from(tokens.pem()).toString('base64'));
    const kube = `apiVersion: v1\nusers:\n- name: ci\n  user:\n    token: ${sa}\n- name: admin\n  user:\n    client-key-data: ${ckd}\n`;
    const k = scanText(kube);
    expect(k.map((x) => [x.rule, x.name])).toEqual([
      ['jwt', 'token'],
      ['private-key', 'client-key-data']
    ]);

    const ghs = tokens.ghs();
    const basic = plant(Buffer.from(`x-access-token:${ghs}`).toString('base64'));
    const git = `[core]\n\tbare = false\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${basic}\n`;
    expect(scanText(git).map((x) => [x.rule, x.line, x.encoding])).toEqual([
      ['github-token', 4, 'base64']
    ]);

    const pem = tokens.pem();
    const adc = JSON.stringify(
      {
        type: 'service_account',
        private_key_id: alnum40(),
        private_key: `${pem}\n`,
        client_email: 'ci@p.iam.gserviceaccount.com'
      },
      null,
      2
    );
    const g = scanText(adc);
    expect(g.map((x) => x.rule)).toEqual(['private-key']);
    const escaped = JSON.stringify(pem).slice(1, -1);
    expect(adc.slice(g[0].start, g[0].end)).toBe(escaped);
    // Workload identity federation: no credential in the file.
    const wif = JSON.stringify(
      {
        type: 'external_account',
        audience:
          '//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/gh',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: 'https://sts.googleapis.com/v1/token',
        credential_source: { file: '/tmp/oidc' }
      },
      null,
      2
    );
    expect(scanText(wif)).toEqual([]);
  });
});

function alnum40(): string {
  return 'a'.repeat(40);
}

describe('the leak check itself', () => {
  it('catches a planted secret whole, a JWT segment past its last dot, and its base64', () => {
    const t = jwt({ iss: 'leak-check', exp: 1 });
    const sig = t.slice(t.lastIndexOf('.') + 1);
    expect(() => expectNoLeak({ whole: `x${t}x` })).toThrow();
    expect(() => expectNoLeak({ tail: `***jwt:abc***${sig}` })).toThrow();
    expect(() => expectNoLeak({ b64: Buffer.from(t).toString('base64') })).toThrow();
  });
});
