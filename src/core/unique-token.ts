/**
 * Tokens that only have to be absent from a given text — a heredoc delimiter for a runner file
 * command, a placeholder cut out of a JSON document — without loading `node:crypto` (see
 * ./lazy-crypto.ts). Such a token needs no secrecy: what makes it safe is that the text it
 * delimits does not contain it, and `uniqueToken` checks exactly that, drawing again on the
 * (astronomically unlikely) chance that it does. The shape is a version-4 UUID, as before.
 */

function hex(n: number, digits: number): string {
  return n.toString(16).padStart(digits, '0');
}

/** 122 random bits (Math.random) in the form of a version-4 UUID. */
export function randomId(): string {
  const r = () => Math.floor(Math.random() * 0x10000);
  return (
    `${hex(r(), 4)}${hex(r(), 4)}-${hex(r(), 4)}-${hex(0x4000 | (r() & 0x0fff), 4)}-` +
    `${hex(0x8000 | (r() & 0x3fff), 4)}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`
  );
}

/** `prefix` + a random id that occurs in none of `texts`. */
export function uniqueToken(prefix: string, ...texts: string[]): string {
  for (;;) {
    const token = `${prefix}${randomId()}`;
    if (!texts.some((t) => t.includes(token))) return token;
  }
}
