/**
 * Reads (never verifies) a JWT's claims: the issuer and the expiry are what tell a short-lived
 * OIDC token from a long-lived credential. Duplicate claims are refused (a second `exp` could
 * otherwise say one thing to us and another to the relying party).
 */
import { parseStrictJson } from '../core/strict-json.js';

export interface JwtClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  /** Seconds since the epoch. */
  exp?: number;
  iat?: number;
  nbf?: number;
  alg?: string;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  if (!SEGMENT.test(segment)) return undefined;
  let doc: unknown;
  try {
    // The parser's message would quote the text: it is dropped, never shown.
    doc = parseStrictJson(Buffer.from(segment, 'base64url').toString('utf8'), 'a JWT segment');
  } catch {
    return undefined;
  }
  return doc && typeof doc === 'object' && !Array.isArray(doc)
    ? (doc as Record<string, unknown>)
    : undefined;
}

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** The claims of a compact JWS (`header.payload.signature`), or undefined when it is not one. */
export function decodeJwt(token: string): JwtClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = decodeSegment(parts[0]);
  const payload = decodeSegment(parts[1]);
  if (!header || !payload) return undefined;
  const out: JwtClaims = {};
  if (typeof header.alg === 'string') out.alg = header.alg;
  if (typeof payload.iss === 'string') out.iss = payload.iss;
  if (typeof payload.sub === 'string') out.sub = payload.sub;
  if (typeof payload.aud === 'string' || Array.isArray(payload.aud))
    out.aud = payload.aud as string | string[];
  const exp = num(payload.exp);
  const iat = num(payload.iat);
  const nbf = num(payload.nbf);
  if (exp !== undefined) out.exp = exp;
  if (iat !== undefined) out.iat = iat;
  if (nbf !== undefined) out.nbf = nbf;
  return out;
}
