import { describe, expect, test } from '@jest/globals';
import {
  Allowlist,
  EndpointError,
  parseEndpoint,
  parseEndpoints,
  splitEndpoints
} from '../../src/egress/endpoints.js';

describe('allowed-endpoints parsing (harden-runner format)', () => {
  test('names, wildcards, IPs, CIDRs and IPv6 with and without ports', () => {
    expect(parseEndpoint('github.com:443')).toEqual({
      kind: 'name',
      raw: 'github.com:443',
      host: 'github.com',
      port: 443
    });
    expect(parseEndpoint('Registry.NPMJS.org')).toMatchObject({
      kind: 'name',
      host: 'registry.npmjs.org',
      port: 443
    });
    expect(parseEndpoint('*.example.com:8443')).toMatchObject({
      kind: 'wildcard',
      suffix: 'example.com',
      port: 8443
    });
    expect(parseEndpoint('10.0.0.0/8')).toMatchObject({
      kind: 'address',
      family: 4,
      address: '10.0.0.0',
      prefix: 8,
      port: undefined
    });
    expect(parseEndpoint('1.2.3.4:80')).toMatchObject({
      kind: 'address',
      family: 4,
      prefix: 32,
      port: 80
    });
    expect(parseEndpoint('2001:db8::/32')).toMatchObject({
      kind: 'address',
      family: 6,
      prefix: 32,
      port: undefined
    });
    expect(parseEndpoint('[2001:db8::1]:443')).toMatchObject({
      kind: 'address',
      family: 6,
      prefix: 128,
      port: 443
    });
  });

  test('space-, newline- and comma-separated lists with comments', () => {
    expect(
      splitEndpoints('a.com:443 b.com:80\n  c.com:443, d.com # comment\n# whole line\n')
    ).toEqual(['a.com:443', 'b.com:80', 'c.com:443', 'd.com']);
  });

  test.each([
    ['https://github.com', /not a URL/],
    ['github.com:99999', /outside 1-65535/],
    ['github.com:http', /not a number/],
    ['gi*hub.com:443', /leading '\*\.'/],
    ['*.com:443', /must be '\*\.' followed by a domain/],
    ['10.0.0.0/33', /prefix '\/33'/],
    ['999.1.1.1', /not an IP address/],
    ['bad_host!:443', /not a host name/]
  ])('rejects %s with the reason', (entry, reason) => {
    expect(() => parseEndpoint(entry)).toThrow(EndpointError);
    expect(() => parseEndpoint(entry)).toThrow(reason);
  });

  test('parseEndpoints collects every bad entry instead of skipping it', () => {
    const r = parseEndpoints('ok.com:443 bad:port:x 1.2.3.4/99');
    expect(r.endpoints).toHaveLength(1);
    expect(r.errors.map((e) => e.entry)).toEqual(['bad:port:x', '1.2.3.4/99']);
  });
});

describe('Allowlist matching', () => {
  const list = new Allowlist(
    parseEndpoints(
      'github.com:443 github.com:22 *.actions.githubusercontent.com:443 10.1.0.0/16 1.2.3.4:80 [fd00::1]:443'
    ).endpoints
  );

  test('names: exact entries, wildcard at any depth but not the apex', () => {
    expect(list.portsForName('GitHub.com.')).toEqual([22, 443]);
    expect(list.nameAllowed('pipelines.actions.githubusercontent.com')).toBe(true);
    expect(list.nameAllowed('a.b.actions.githubusercontent.com')).toBe(true);
    expect(list.nameAllowed('actions.githubusercontent.com')).toBe(false);
    expect(list.nameAllowed('evilactions.githubusercontent.com')).toBe(false);
    expect(list.nameAllowed('example.com')).toBe(false);
  });

  test('addresses: CIDR on every port, single address on its port only', () => {
    expect(list.addressAllowed('10.1.200.7', 5432)).toBe(true);
    expect(list.addressAllowed('10.2.0.1', 443)).toBe(false);
    expect(list.addressAllowed('1.2.3.4', 80)).toBe(true);
    expect(list.addressAllowed('1.2.3.4', 443)).toBe(false);
    expect(list.addressAllowed('fd00::1', 443)).toBe(true);
    expect(list.addressAllowed('fd00::2', 443)).toBe(false);
    expect(list.destinationAllowed('github.com', '140.82.112.3', 443)).toBe(true);
    expect(list.destinationAllowed('github.com', '140.82.112.3', 80)).toBe(false);
  });
});
