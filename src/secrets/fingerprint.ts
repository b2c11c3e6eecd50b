/**
 * How a detected credential appears in anything the hub writes: `***<rule>:<sha256 prefix>***`,
 * the whole match replaced (never cut at a `.`, a `_` or a line break), so two reports can be
 * compared by hash without either holding the value.
 */

/**
 * node:crypto is taken on first use (a run that finds no credential hashes nothing); the rest of
 * the start-up may load it anyway, this module does not add it.
 */
let sha256: ((value: string) => string) | undefined;
function hasher(): (value: string) => string {
  if (!sha256) {
    const { createHash } = process.getBuiltinModule('node:crypto');
    sha256 = (value) => createHash('sha256').update(value, 'utf8').digest('hex');
  }
  return sha256;
}

/** Hex digits of sha256 kept: enough to tell values apart, far too few to search for one. */
export const FINGERPRINT_HEX = 12;

export function fingerprint(value: string): string {
  return hasher()(value).slice(0, FINGERPRINT_HEX);
}

export function placeholder(rule: string, value: string): string {
  return `***${rule}:${fingerprint(value)}***`;
}
