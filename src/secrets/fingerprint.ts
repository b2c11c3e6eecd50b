/**
 * How a detected credential appears in anything the hub writes: `***<rule>:<sha256 prefix>***`,
 * the whole match replaced (never cut at a `.`, a `_` or a line break), so two reports can be
 * compared by hash without either holding the value.
 */

import { nodeCrypto } from '../core/lazy-crypto.js';

/** Hex digits of sha256 kept: enough to tell values apart, far too few to search for one. */
export const FINGERPRINT_HEX = 12;

export function fingerprint(value: string): string {
  // node:crypto on first use: a run that finds no credential hashes nothing.
  return nodeCrypto()
    .createHash('sha256')
    .update(value, 'utf8')
    .digest('hex')
    .slice(0, FINGERPRINT_HEX);
}

export function placeholder(rule: string, value: string): string {
  return `***${rule}:${fingerprint(value)}***`;
}
