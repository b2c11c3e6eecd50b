/**
 * The secretless policy: a credential may be present only when its name is allowed (the
 * runner's own short-lived tokens; the OIDC request variables, which the runner sets together
 * when `id-token: write` is granted) or when it is a token whose expiry can be read, issued by a
 * trusted issuer, living no longer than max-token-ttl. Everything else fails.
 */
import type { JwtClaims } from '../../secrets/jwt.js';
import { R } from './rules.js';

export interface Policy {
  allowNames: ReadonlySet<string>;
  maxTokenTtlSeconds: number;
  /** Empty: any issuer. */
  tokenIssuers: readonly string[];
}

export type Decision =
  | { outcome: 'allowed'; rule: typeof R.allowed; reason: string }
  | { outcome: 'short-lived'; rule: typeof R.shortLived; reason: string; ttlSeconds: number }
  | { outcome: 'expired'; rule: typeof R.expired; reason: string }
  | {
      outcome: 'fail';
      rule: typeof R.credential | typeof R.tokenTtl | typeof R.issuer;
      reason: string;
      ttlSeconds?: number;
    };

export const OIDC_REQUEST_TOKEN = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
export const OIDC_REQUEST_URL = 'ACTIONS_ID_TOKEN_REQUEST_URL';

function human(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)}s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)}m`;
  if (seconds < 172800) return `${Math.round(seconds / 3600)}h`;
  return `${Math.round(seconds / 86400)}d`;
}

/** Formats the runner's own tokens take: a `ghs_` installation token (either form), a JWT. */
const RUNNER_SHAPED = new Set(['github-app-token', 'jwt', 'token-name', 'secret-name']);

/** Why `rule`/`secret` cannot be the runner's own token, or undefined when it can. */
function notTheRunners(rule: string, secret: string): string | undefined {
  if (rule === 'github-token' && secret.startsWith('ghs_')) return undefined;
  if (RUNNER_SHAPED.has(rule) || rule === 'generic-high-entropy') return undefined;
  return `holds a ${rule} credential, which the runner never issues (its tokens are ghs_ installation tokens and JWTs)`;
}

/**
 * Judge one credential. `name` is the variable (env) or key (file); `envNames` the names present
 * in the same environment (undefined for a file: names are not allowed there).
 */
export function judge(
  policy: Policy,
  name: string,
  claims: JwtClaims | undefined,
  nowSeconds: number,
  envNames: ReadonlySet<string> | undefined,
  /** The rule that found it and the credential, to refuse a PAT stored under an allowed name. */
  found?: { rule: string; secret: string }
): Decision {
  if (envNames && policy.allowNames.has(name)) {
    const why = found && notTheRunners(found.rule, found.secret);
    if (why)
      return {
        outcome: 'fail',
        rule: R.credential,
        reason: `${name} is in allow-names but ${why}`
      };
    if (name !== OIDC_REQUEST_TOKEN || envNames.has(OIDC_REQUEST_URL)) {
      return { outcome: 'allowed', rule: R.allowed, reason: `${name} is in allow-names` };
    }
    return {
      outcome: 'fail',
      rule: R.credential,
      reason: `${OIDC_REQUEST_TOKEN} without ${OIDC_REQUEST_URL}: not the runner's OIDC request pair`
    };
  }
  if (claims?.exp === undefined) {
    return {
      outcome: 'fail',
      rule: R.credential,
      reason: claims ? 'a token without an expiry (exp)' : 'no readable expiry: long-lived'
    };
  }
  if (claims.exp <= nowSeconds) {
    return {
      outcome: 'expired',
      rule: R.expired,
      reason: `expired ${human(nowSeconds - claims.exp)} ago`
    };
  }
  const from = claims.iat ?? claims.nbf ?? nowSeconds;
  const ttl = claims.exp - Math.min(from, nowSeconds);
  if (ttl > policy.maxTokenTtlSeconds) {
    return {
      outcome: 'fail',
      rule: R.tokenTtl,
      reason: `lives ${human(ttl)}, more than max-token-ttl ${human(policy.maxTokenTtlSeconds)}`,
      ttlSeconds: ttl
    };
  }
  if (policy.tokenIssuers.length && !policy.tokenIssuers.includes(claims.iss ?? '')) {
    return {
      outcome: 'fail',
      rule: R.issuer,
      reason: `issuer ${JSON.stringify(claims.iss ?? '(none)')} is not in token-issuers`,
      ttlSeconds: ttl
    };
  }
  return {
    outcome: 'short-lived',
    rule: R.shortLived,
    reason: `short-lived token (${human(ttl)}${claims.iss ? `, issuer ${claims.iss}` : ''})`,
    ttlSeconds: ttl
  };
}
