/**
 * The one same-origin credential rule (src/net/credential-origin.ts) that the GitHub client and
 * the registry client share; each client's own behaviour over real servers is tested in
 * test/github/client.test.ts and test/referrer-presence/referrers-api.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import {
  assertCredentialTransport,
  CrossOriginError,
  mayCarryCredential,
  nextLink,
  nextPage,
  redirectHop,
  type Hop
} from '../../src/net/credential-origin.js';
import { realmMayReceiveCredentials } from '../../src/oci/challenge.js';

const API = 'https://api.github.com';
const start = (url: string): Hop => ({ url: new URL(url), withCredential: true });

describe('credentials belong to one origin', () => {
  it('compares scheme, host and port (default ports equal)', () => {
    expect(mayCarryCredential('https://api.github.com:443/repos', API)).toBe(true);
    expect(mayCarryCredential('https://API.github.com/x', API)).toBe(true);
    expect(mayCarryCredential('http://api.github.com/x', API)).toBe(false);
    expect(mayCarryCredential('https://api.github.com:8443/x', API)).toBe(false);
    expect(mayCarryCredential('https://api.github.com.evil.example/x', API)).toBe(false);
    expect(mayCarryCredential('https://uploads.github.com/x', API)).toBe(false);
  });

  it('travel over HTTPS, or plain HTTP to loopback only', () => {
    expect(() => assertCredentialTransport('https://ghes.example/api/v3', 'x')).not.toThrow();
    expect(() => assertCredentialTransport('http://127.0.0.1:8080', 'x')).not.toThrow();
    expect(() => assertCredentialTransport('http://[::1]:8080', 'x')).not.toThrow();
    expect(() => assertCredentialTransport('http://ghes.example', 'x')).toThrow(CrossOriginError);
  });
});

describe('redirects', () => {
  it('keep the credential on the same origin and drop it (for good) elsewhere', () => {
    const a = redirectHop(start(`${API}/a`), '/b', API, 'drop-credential');
    expect([a.url.href, a.withCredential]).toEqual([`${API}/b`, true]);
    const out = redirectHop(a, 'https://blob.example/x?sig=1', API, 'drop-credential');
    expect(out.withCredential).toBe(false);
    const back = redirectHop(out, `${API}/c`, API, 'drop-credential');
    expect([back.url.href, back.withCredential]).toEqual([`${API}/c`, false]);
  });

  it('are refused across origins under refuse, and downgrades and odd schemes always', () => {
    expect(() =>
      redirectHop(start(`${API}/a`), 'https://x.example/', API, 'refuse', 'GET /a')
    ).toThrow(
      'GET /a: redirect to another origin (https://x.example, not https://api.github.com) refused'
    );
    expect(() =>
      redirectHop(start(`${API}/a`), 'http://blob.example/x', API, 'drop-credential')
    ).toThrow('redirect from HTTPS to plain HTTP (http://blob.example) refused');
    expect(() =>
      redirectHop(start(`${API}/a`), 'file:///etc/passwd', API, 'drop-credential')
    ).toThrow('redirect to a file: URL refused');
    expect(() => redirectHop(start(`${API}/a`), 'http://[bad', API, 'drop-credential')).toThrow(
      'is not a URL'
    );
  });
});

describe('Link rel="next"', () => {
  it('is parsed per RFC 8288: relative targets, rel lists, unquoted values', () => {
    expect(nextLink('</p2>; rel="next", </p9>; rel="last"', `${API}/p1`)).toBe(`${API}/p2`);
    expect(nextLink('<https://h/p3>; rel="prev", <https://h/p4>; rel=next', 'https://h/')).toBe(
      'https://h/p4'
    );
    expect(nextLink('</p5>; rel="next last"', `${API}/p1`)).toBe(`${API}/p5`);
    expect(nextLink('</p6>; rel="nextpage"', `${API}/p1`)).toBeUndefined();
    expect(nextLink(null, API)).toBeUndefined();
  });

  it('to another origin is refused, never followed', () => {
    expect(nextPage('</p2>; rel="next"', `${API}/p1`, API)).toBe(`${API}/p2`);
    expect(() => nextPage('<https://evil.example/p2>; rel="next"', `${API}/p1`, API)).toThrow(
      'Link rel="next" points to another origin (https://evil.example, not https://api.github.com); refusing to follow it'
    );
  });
});

describe('registry token realms', () => {
  it("get the credentials only on the registry's host (any port) or Docker Hub's auth host", () => {
    expect(realmMayReceiveCredentials(new URL('https://ghcr.io/token'), 'ghcr.io')).toBe(true);
    expect(
      realmMayReceiveCredentials(new URL('https://reg.example:5001/auth'), 'reg.example:5000')
    ).toBe(true);
    expect(
      realmMayReceiveCredentials(new URL('https://auth.docker.io/token'), 'registry-1.docker.io')
    ).toBe(true);
    expect(realmMayReceiveCredentials(new URL('https://auth.docker.io/token'), 'ghcr.io')).toBe(
      false
    );
    expect(realmMayReceiveCredentials(new URL('https://collector.example/token'), 'ghcr.io')).toBe(
      false
    );
    expect(realmMayReceiveCredentials(new URL('http://ghcr.io/token'), 'ghcr.io')).toBe(false);
  });
});
