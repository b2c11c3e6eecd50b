/**
 * Credentials in every form the gate supports, made up at run time (random, never a real
 * credential), and a register of every one planted so a test can prove none leaked.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { expect } from '@jest/globals';

const planted = new Set<string>();

/** Register a planted value; returns it. */
export function plant<T extends string>(value: T): T {
  planted.add(value);
  return value;
}

export function plantedSecrets(): string[] {
  return [...planted];
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export function alnum(n: number, alphabet = ALNUM): string {
  const bytes = randomBytes(n);
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[bytes[i] % alphabet.length];
  return s;
}

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A JWT with the given claims (signature random: the gate reads, never verifies). */
export function jwt(claims: Record<string, unknown>, sigBytes = 256): string {
  return plant(
    `${b64url({ alg: 'RS256', typ: 'JWT', kid: alnum(8) })}.${b64url(claims)}.${randomBytes(sigBytes).toString('base64url')}`
  );
}

export const nowS = () => Math.floor(Date.now() / 1000);

export const tokens = {
  ghp: () => plant(`ghp_${alnum(36)}`),
  gho: () => plant(`gho_${alnum(36)}`),
  ghu: () => plant(`ghu_${alnum(36)}`),
  ghs: () => plant(`ghs_${alnum(36)}`),
  githubPat: () => plant(`github_pat_${alnum(22)}_${alnum(59)}`),
  /** The stateless installation token: ghs_<app id>_<JWT>, ~520 characters. */
  ghsJwt: (ttlSeconds = 3600, iat = nowS() - 60) => {
    const inner = jwt(
      {
        iss: 'Iv1.' + alnum(16).toLowerCase(),
        iat,
        exp: iat + ttlSeconds,
        installation_id: 12345678,
        repositories: ['acme/widget'],
        permissions: { contents: 'read', metadata: 'read', pull_requests: 'write' }
      },
      256
    );
    return plant(`ghs_987654_${inner}`);
  },
  awsKeyId: () => plant(`AKIA${alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`),
  awsSecret: () => plant(alnum(40, ALNUM + '+/')),
  npm: () => plant(`npm_${alnum(36)}`),
  slack: () => plant(`xoxb-${alnum(11, '0123456789')}-${alnum(12, '0123456789')}-${alnum(24)}`),
  password: () => plant(`pw-${alnum(24)}`),
  pem: () => {
    const { privateKey } = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    });
    return plant(privateKey.trim());
  },
  /** A GitHub Actions OIDC-like token: 5 minutes. */
  oidc: (ttlSeconds = 300, iss = 'https://token.actions.githubusercontent.com') =>
    jwt({
      iss,
      aud: 'sts.amazonaws.com',
      sub: 'repo:acme/widget:ref:refs/heads/main',
      iat: nowS() - 10,
      exp: nowS() - 10 + ttlSeconds
    })
};

/** Pieces of a secret that must not appear either: each `.`/`_` part, and its base64. */
function fragments(secret: string): string[] {
  const out = new Set<string>([secret]);
  for (const part of secret.split(/[._\n]/))
    if (part.length >= 16 && !/^-+BEGIN|END/.test(part)) out.add(part);
  out.add(Buffer.from(secret).toString('base64').slice(4, 40));
  if (secret.length > 24) out.add(secret.slice(-20));
  return [...out].filter((f) => f.length >= 16);
}

/** No planted secret (nor a fragment past a `.`, nor its base64) occurs in any of `texts`. */
export function expectNoLeak(texts: Record<string, string>): void {
  const leaks: string[] = [];
  for (const secret of planted) {
    for (const f of fragments(secret)) {
      for (const [where, text] of Object.entries(texts)) {
        if (text.includes(f))
          leaks.push(`${where} holds ${JSON.stringify(f.slice(0, 6))}… of a planted secret`);
      }
    }
  }
  expect(leaks).toEqual([]);
}
