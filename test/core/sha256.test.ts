/**
 * The config digest's SHA-256 (src/core/sha256.ts) against node:crypto, and the random tokens
 * that replaced randomUUID where only absence from a text matters (src/core/unique-token.ts).
 */
import { describe, expect, it } from '@jest/globals';
import * as nodeCryptoModule from 'node:crypto';
import { nodeCryptoIfLoaded, provideNodeCrypto } from '../../src/core/lazy-crypto.js';
import { sha256Hex, sha256HexPortable } from '../../src/core/sha256.js';
import { randomId, uniqueToken } from '../../src/core/unique-token.js';

const nodeSha = (s: string) => nodeCryptoModule.createHash('sha256').update(s).digest('hex');

describe('sha256Hex (portable)', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256HexPortable('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    );
    expect(sha256HexPortable('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    );
    expect(sha256HexPortable('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    );
  });

  it('equals node:crypto for every length around the block boundaries, and for UTF-8 text', () => {
    for (let n = 0; n <= 300; n++) {
      const ascii = 'x'.repeat(n);
      expect([n, sha256HexPortable(ascii)]).toEqual([n, nodeSha(ascii)]);
      const wide = 'é€😀'.repeat(n % 23) + ascii.slice(0, n % 64);
      expect([n, sha256HexPortable(wide)]).toEqual([n, nodeSha(wide)]);
    }
    const big = JSON.stringify({ gate: 'workflow-policy', inputs: { a: 'b'.repeat(70_000) } });
    expect(sha256HexPortable(big)).toBe(nodeSha(big));
  });
});

describe('sha256Hex once node:crypto is loaded', () => {
  it("uses node:crypto's digest (cache-sentinel hands it over at start), with the same result", () => {
    expect(nodeCryptoIfLoaded()).toBeUndefined();
    const texts = ['', 'abc', 'é€😀'.repeat(9), JSON.stringify({ k: 'v'.repeat(5000) })];
    for (const t of texts) expect(sha256Hex(t)).toBe(sha256HexPortable(t));
    let calls = 0;
    provideNodeCrypto({
      ...nodeCryptoModule,
      createHash: (algorithm: string) => {
        calls++;
        return nodeCryptoModule.createHash(algorithm);
      }
    } as typeof nodeCryptoModule);
    for (const t of texts) expect(sha256Hex(t)).toBe(sha256HexPortable(t));
    expect(calls).toBe(texts.length);
  });
});

describe('random tokens without node:crypto', () => {
  it('have the shape of a version-4 UUID and differ', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const id = randomId();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(1000);
  });

  it('uniqueToken never returns a token that occurs in the texts', () => {
    const real = Math.random;
    // Draws of 0.25 make the token d_40004000-4000-4000-8000-400040004000: the first two draws
    // give that token, which the value holds; the third is fresh.
    const draws: number[] = new Array(16).fill(0.25);
    let i = 0;
    Math.random = () => (i < draws.length ? draws[i++] : real());
    try {
      const first = `d_${'4000'.repeat(2)}-4000-4000-8000-${'4000'.repeat(3)}`;
      const token = uniqueToken('d_', `value ${first} and ${first}`);
      expect(token).not.toBe(first);
      expect(token.startsWith('d_')).toBe(true);
      expect(i).toBeGreaterThan(8);
    } finally {
      Math.random = real;
    }
  });
});
