/** The small pieces on their own: canonical JSON, the truth table, signer anchoring, pieces, zips. */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZipFiles, ZipError } from '../../src/drill/artifact-zip.js';
import { canonicalJson, CanonicalJsonError, sha256Digest } from '../../src/evidence/canonical.js';
import type { ReleaseEvidence } from '../../src/evidence/format.js';
import { signerPolicy, signerProblem } from '../../src/evidence/identity.js';
import { checkPieces } from '../../src/evidence/piece-check.js';
import { truthTable } from '../../src/evidence/truth-table.js';
import type { FulcioIdentity } from '../../src/sigstore/fulcio.js';
import { buildZip } from '../dr-freshness/zip.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth, drops undefined members, and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined, 'é'], c: null }, u: undefined })).toBe(
      '{"a":{"c":null,"d":[1,null,"é"]},"b":1}'
    );
    expect(canonicalJson({ '\u00e9': 1, z: 2, A: 3 })).toBe('{"A":3,"z":2,"é":1}');
    expect(() => canonicalJson({ x: NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ x: Infinity })).toThrow(/\$\.x/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    expect(sha256Digest(Buffer.from(''))).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    );
  });
});

describe('truthTable', () => {
  const ev = (gates: [string, string][]) =>
    ({
      gates: gates.map(([gate, verdict]) => ({
        gate,
        verdict,
        mode: 'enforce',
        summary: '',
        piece: 'p',
        digest: 'd'
      }))
    }) as unknown as ReleaseEvidence;
  it('passes a gate only when every result of it passes; anything else is not a pass', () => {
    const t = truthTable(
      ev([
        ['a', 'pass'],
        ['a', 'pass'],
        ['b', 'pass'],
        ['b', 'fail'],
        ['c', '***'],
        ['d', 'error']
      ]),
      ['a', 'b', 'c', 'd', 'e']
    );
    expect(t.map((x) => [x.gate, x.status])).toEqual([
      ['a', 'pass'],
      ['b', 'fail'],
      ['c', 'error'],
      ['d', 'error'],
      ['e', 'missing']
    ]);
  });
});

describe('signerProblem (anchored, exact)', () => {
  const policy = signerPolicy(
    'acme/widget',
    undefined,
    'refs/tags/v*',
    'https://token.actions.githubusercontent.com'
  );
  const id = (
    san: string,
    repo = 'https://github.com/acme/widget',
    extra: Partial<FulcioIdentity> = {}
  ): FulcioIdentity => ({
    san,
    issuer: 'https://token.actions.githubusercontent.com',
    buildSignerURI: san,
    sourceRepositoryURI: repo,
    oidVersion: 'v2',
    inconsistencies: [],
    ...extra
  });
  const ok = 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.3';
  it('accepts the release workflow at a v* tag of the repository', () => {
    expect(policy.workflow).toBe('https://github.com/acme/widget/.github/workflows/release.yml');
    expect(signerProblem(id(ok), policy)).toBeUndefined();
  });
  it.each([
    ['another case of the owner', id(ok.replace('acme', 'Acme'), 'https://github.com/Acme/widget')],
    [
      'a prefix look-alike repository',
      id(ok.replace('widget', 'widget-evil'), 'https://github.com/acme/widget-evil')
    ],
    ['the right workflow built from a fork', id(ok, 'https://github.com/evil/widget')],
    [
      'a workflow in a subfolder',
      id('https://github.com/acme/widget/.github/workflows/x/release.yml@refs/tags/v1')
    ],
    [
      'a pull request ref',
      id('https://github.com/acme/widget/.github/workflows/release.yml@refs/pull/1/merge')
    ],
    [
      'another issuer',
      id(ok, undefined, { issuer: 'https://token.actions.githubusercontent.com.evil' })
    ],
    [
      'a build signer other than the identity',
      id(ok, undefined, {
        buildSignerURI: 'https://github.com/evil/x/.github/workflows/a.yml@refs/tags/v1'
      })
    ],
    [
      'a self-contradicting certificate',
      id(ok, undefined, { inconsistencies: ['deprecated .1.5 says x'] })
    ],
    ['no GitHub identity at all', id('mailto:someone@example.com')]
  ])('refuses %s', (_what, identity) => {
    expect(signerProblem(identity, policy)).toEqual(expect.any(String));
  });
  it('refuses look-alike inputs it cannot normalise', () => {
    expect(() => signerPolicy('acme/widget@v1', undefined, 'refs/tags/v*', 'x')).toThrow(/@/);
    expect(() =>
      signerPolicy(
        'acme/widget',
        'acme/widget/.github/workflows/release.yml@main',
        'refs/tags/v*',
        'x'
      )
    ).toThrow(/@/);
  });
});

describe('checkPieces', () => {
  it('names missing, changed and non-regular pieces and refuses names that climb out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-intel-pieces-'));
    mkdirSync(join(dir, 'local'), { recursive: true });
    writeFileSync(join(dir, 'local', 'a.json'), 'a');
    writeFileSync(join(dir, 'local', 'b.json'), 'changed');
    symlinkSync('/dev/zero', join(dir, 'local', 'c.json'));
    writeFileSync(join(dir, 'extra.txt'), 'x');
    const m = (name: string, data: string) => ({
      name,
      mediaType: 'application/json',
      digest: sha256Digest(Buffer.from(data)),
      size: data.length
    });
    const r = checkPieces(
      [
        m('local/a.json', 'a'),
        m('local/b.json', 'b'),
        m('local/c.json', ''),
        m('local/gone.json', 'g'),
        m('../escape', 'e')
      ],
      dir
    );
    expect(r.checked).toBe(2);
    expect(r.problems.map((p) => [p.piece, p.problem])).toEqual([
      ['local/b.json', 'digest-mismatch'],
      ['local/c.json', 'unreadable'],
      ['local/gone.json', 'missing'],
      ['../escape', 'unsafe-name']
    ]);
    expect(r.extra).toEqual(['extra.txt']);
  });
});

describe('readZipFiles', () => {
  it('reads only the wanted entries and refuses a lying size header and a total past the bound', async () => {
    const zip = buildZip([
      { name: 'results/a.json', data: '{}' },
      { name: 'other/x', data: 'x' }
    ]);
    expect((await readZipFiles(zip, (n) => n.startsWith('results/'))).map((f) => f.name)).toEqual([
      'results/a.json'
    ]);
    const liar = buildZip([{ name: 'results/a.json', data: 'x'.repeat(5000), declaredSize: 10 }]);
    await expect(readZipFiles(liar, () => true)).rejects.toThrow(ZipError);
    const many = buildZip([
      { name: 'a', data: 'x'.repeat(600) },
      { name: 'b', data: 'y'.repeat(600) }
    ]);
    await expect(
      readZipFiles(many, () => true, { maxEntries: 10, maxEntryBytes: 1000, maxTotalBytes: 1000 })
    ).rejects.toThrow(/in total/);
  });
});
