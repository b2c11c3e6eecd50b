/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex — for the one digest every
 * gate run computes (the effective configuration's, src/config/resolve.ts), so that a run that
 * needs no other cryptography does not load `node:crypto` for it (./lazy-crypto.ts). Equal to
 * `createHash('sha256').update(text).digest('hex')` byte for byte (test/core/sha256.test.ts);
 * meant for small inputs (kilobytes): larger data goes through `node:crypto`. Where a run has
 * loaded `node:crypto` anyway (cache-sentinel signs or verifies at every run), the digest is
 * node:crypto's: the same bytes, without running this code in the interpreter at start.
 */
import { nodeCryptoIfLoaded } from './lazy-crypto.js';

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
]);

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** The SHA-256 digest of `text` (UTF-8), lowercase hex. */
export function sha256Hex(text: string): string {
  const loaded = nodeCryptoIfLoaded();
  if (loaded) return loaded.createHash('sha256').update(text, 'utf8').digest('hex');
  return sha256HexPortable(text);
}

/** sha256Hex without node:crypto (exported for the tests that compare the two). */
export function sha256HexPortable(text: string): string {
  const data = Buffer.from(text, 'utf8');
  // The message, a 1 bit, zeros, and the bit length as 64 bits big-endian: whole 64-byte blocks.
  const blocks = Math.ceil((data.length + 9) / 64);
  const msg = Buffer.alloc(blocks * 64);
  data.copy(msg);
  msg[data.length] = 0x80;
  const bits = data.length * 8;
  msg.writeUInt32BE(Math.floor(bits / 0x100000000), msg.length - 8);
  msg.writeUInt32BE(bits >>> 0, msg.length - 4);

  const h = new Int32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  ]);
  const w = new Int32Array(64);
  for (let off = 0; off < msg.length; off += 64) {
    for (let t = 0; t < 16; t++) w[t] = msg.readInt32BE(off + t * 4);
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15];
      const b = w[t - 2];
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 64; t++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[t] + w[t]) | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
  }
  let out = '';
  for (const x of h) out += (x >>> 0).toString(16).padStart(8, '0');
  return out;
}
