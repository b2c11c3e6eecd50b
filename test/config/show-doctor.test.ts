import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadActionSpec } from '../../src/core/action-spec.js';
import {
  doctor,
  doctorExit,
  doctorText,
  systemDeps,
  type DoctorDeps
} from '../../src/config/doctor.js';
import { effectiveConfigs, effectiveJson, effectiveText } from '../../src/config/effective.js';
import { makeRepo } from '../helpers/temp-repo.js';

const specs = ['dr-freshness', 'egress-check', 'pr-target-ban', 'referrer-presence'].map((g) =>
  loadActionSpec(g)
);
const files = {
  '.ci-intel/config.yml': 'version: 1\nextends: org.yml\ndr-freshness:\n  max-age: 3d\n',
  '.ci-intel/org.yml':
    'version: 1\ndr-freshness:\n  branch: release\npr-target-ban:\n  also-deny: [workflow_run, issue_comment]\n'
};

describe('ci-intel config: every value with its origin', () => {
  it('text, like git config --show-origin', async () => {
    const ws = makeRepo(files);
    const text = effectiveText(await effectiveConfigs(specs, { workspace: ws, env: {} }));
    expect(text).toContain('configuration: .ci-intel/config.yml → org .ci-intel/org.yml');
    expect(text).toMatch(/\.ci-intel\/config\.yml:4\s+max-age = 3d/);
    expect(text).toMatch(/org \.ci-intel\/org\.yml:3\s+branch = release/);
    expect(text).toMatch(/org \.ci-intel\/org\.yml:5\s+also-deny = workflow_run, issue_comment/);
    expect(text).toMatch(/default\s+mode = enforce/);
    expect(text).not.toMatch(/token = (?!\*\*\*)/);
  });
  it('json for machines', async () => {
    const ws = makeRepo(files);
    const doc = effectiveJson(await effectiveConfigs(specs, { workspace: ws, env: {} })) as {
      gates: Record<
        string,
        { digest: string; values: Record<string, { value: unknown; origin: string; kind: string }> }
      >;
    };
    expect(doc.gates['dr-freshness'].values['max-age']).toEqual({
      value: '3d',
      origin: '.ci-intel/config.yml:4',
      kind: 'repo'
    });
    expect(doc.gates['pr-target-ban'].values['also-deny'].value).toEqual([
      'workflow_run',
      'issue_comment'
    ]);
    expect(doc.gates['dr-freshness'].digest).toMatch(/^sha256:/);
  });
});

describe('ci-intel doctor', () => {
  let server: Server;
  let url = '';
  beforeAll(async () => {
    server = createServer((_, res) => {
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="x"' });
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const deps = (over: Partial<DoctorDeps> = {}): DoctorDeps => ({
    ...systemDeps,
    reachable: (u, t) => systemDeps.reachable(u.replace('https://', 'http://'), t),
    ...over
  });

  it('a valid configuration on a machine with git: gates that would run, and why others would not', async () => {
    const ws = makeRepo({
      ...files,
      '.ci-intel/config.yml': `${files['.ci-intel/config.yml']}referrer-presence:\n  image: ${url}/app@sha256:${'1'.repeat(64)}\n`
    });
    const r = await doctor(
      specs,
      { workspace: ws, env: {} },
      deps({
        tool: (c) =>
          c === 'nft'
            ? (() => {
                throw new Error('x');
              })()
            : systemDeps.tool(c, ['--version'])
      })
    );
    expect(r.checks.find((c) => c.name === 'git')).toMatchObject({
      status: 'ok',
      detail: expect.stringMatching(/^git version/)
    });
    expect(r.checks.find((c) => c.name === 'nft')).toMatchObject({ status: 'warn' });
    expect(r.checks.find((c) => c.name === 'config')).toMatchObject({ status: 'ok' });
    expect(r.checks.find((c) => c.name === `network ${url}`)).toMatchObject({ status: 'ok' });
    expect(r.gates.find((g) => g.gate === 'egress-check')).toMatchObject({
      runs: false,
      detail: expect.stringMatching(/needs nft and root/)
    });
    expect(r.gates.find((g) => g.gate === 'pr-target-ban')).toMatchObject({ runs: true });
    expect(doctorExit(r)).toBe(0);
    expect(doctorText(r)).toMatch(/runs\s+pr-target-ban\s+mode enforce/);
  });
  it('an unreachable registry and an invalid configuration fail', async () => {
    const ws = makeRepo({ '.ci-intel/config.yml': 'version: 1\ndr-freshness:\n  maxage: 3d\n' });
    const r = await doctor(specs, { workspace: ws, env: {} }, deps());
    expect(r.checks.find((c) => c.name === 'config')).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(/did you mean 'max-age'/)
    });
    expect(r.gates.every((g) => !g.runs)).toBe(true);
    expect(doctorExit(r)).toBe(1);
    const ws2 = makeRepo({
      '.ci-intel/config.yml': `version: 1\nreferrer-presence:\n  image: 127.0.0.1:9/app@sha256:${'1'.repeat(64)}\n`
    });
    const r2 = await doctor(specs, { workspace: ws2, env: {} }, deps());
    expect(r2.checks.find((c) => c.name === 'network 127.0.0.1:9')).toMatchObject({
      status: 'fail'
    });
    expect(doctorExit(r2)).toBe(1);
  });
  it('an old Node is named', async () => {
    const r = await doctor(
      specs,
      { workspace: makeRepo({}), env: {} },
      deps({ nodeVersion: '20.1.0' })
    );
    expect(r.checks[0]).toMatchObject({
      name: 'node',
      status: 'warn',
      detail: expect.stringMatching(/Node 24/)
    });
  });
});
