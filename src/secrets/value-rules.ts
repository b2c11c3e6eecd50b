/**
 * Credential formats recognised by their value, whatever the variable or key is called. Each
 * match covers the whole credential: a JWT with its three segments, the stateless
 * `ghs_<app>_<JWT>` installation token (~520 characters) with all of its JWT, a PEM key from
 * its BEGIN line to its END line.
 */
import { decodeJwt, type JwtClaims } from './jwt.js';

export interface ValueMatch {
  /** Rule id, also the label in the redaction placeholder. */
  rule: string;
  start: number;
  end: number;
  /** The claims when the credential carries a readable JWT. */
  claims?: JwtClaims;
  /** How the credential was found inside the text (`base64` for an encoded Basic pair …). */
  encoding?: 'base64';
}

export interface ValueRule {
  id: string;
  title: string;
  re: RegExp;
  /** Literals every match holds one of (a text with none of them is not searched). */
  needs: string[];
  /** Claims for a token whose expiry can be read. */
  claims?: (match: string) => JwtClaims | undefined;
}

const B64URL = '[A-Za-z0-9_-]';

export const VALUE_RULES: ValueRule[] = [
  {
    // Stateless installation token: ghs_<app id>_<JWT>. Fixed-length rules miss it.
    id: 'github-app-token',
    title: 'GitHub App installation token (ghs_<app>_<JWT>)',
    re: new RegExp(`\\bghs_[0-9]{1,20}_eyJ${B64URL}+\\.${B64URL}+\\.${B64URL}*`, 'g'),
    needs: ['ghs_'],
    claims: (m) => decodeJwt(m.slice(m.indexOf('_', 4) + 1))
  },
  {
    id: 'github-token',
    title: 'GitHub token (ghp_, gho_, ghu_, ghs_, ghr_)',
    re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g,
    needs: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']
  },
  {
    id: 'github-pat',
    title: 'GitHub fine-grained personal access token (github_pat_)',
    re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
    needs: ['github_pat_']
  },
  {
    id: 'private-key',
    title: 'PEM private key',
    // To the matching END line, else to the end of the text (a truncated key is still a key).
    re: /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$(?![\s\S]))/g,
    needs: ['-----BEGIN ']
  },
  {
    id: 'aws-access-key-id',
    title: 'AWS access key id (AKIA…, ASIA… temporary)',
    re: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b/g,
    needs: ['A3T', 'AKIA', 'ASIA', 'ABIA', 'ACCA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA']
  },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    re: new RegExp(`\\beyJ${B64URL}{2,}\\.eyJ${B64URL}{2,}\\.${B64URL}*`, 'g'),
    needs: ['eyJ'],
    claims: decodeJwt
  },
  {
    id: 'npm-token',
    title: 'npm access token (npm_)',
    re: /\bnpm_[A-Za-z0-9]{36}\b/g,
    needs: ['npm_']
  },
  {
    id: 'gcp-access-token',
    title: 'Google OAuth access token (ya29.)',
    re: /\bya29\.[0-9A-Za-z_-]{20,}/g,
    needs: ['ya29.']
  },
  {
    id: 'gcp-refresh-token',
    title: 'Google OAuth refresh token (1//)',
    re: /(?<![A-Za-z0-9/])1\/\/0[0-9A-Za-z_-]{30,}/g,
    needs: ['1//0']
  }
];

/**
 * The rules that can match somewhere in `texts`: those with one of their literals in them. No
 * literal holds a newline, so joining with one finds none across two texts.
 */
export function valueRulesFor(texts: readonly string[]): ValueRule[] {
  const joined = texts.join('\n');
  return VALUE_RULES.filter((r) => r.needs.some((l) => joined.includes(l)));
}

/**
 * Every rule match in `text`, longest-first where two overlap (the more specific rule wins).
 * `rules`: a subset that holds every rule that can match in `text` (`valueRulesFor`).
 */
export function matchValueRules(
  text: string,
  rules: readonly ValueRule[] = VALUE_RULES
): ValueMatch[] {
  const found: ValueMatch[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const hit: ValueMatch = { rule: rule.id, start, end };
      const claims = rule.claims?.(m[0]);
      if (claims) hit.claims = claims;
      found.push(hit);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The characters that end a credential token when a range has to be widened to all of it. */
const TOKEN_END = /[\s"'`,;&|<>(){}[\]\\=]/;

/** Widen [start, end) to the whole token around it, so a redaction never leaves a tail behind. */
export function widenToToken(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && !TOKEN_END.test(text[s - 1])) s--;
  while (e < text.length && !TOKEN_END.test(text[e])) e++;
  while (text[e] === '=') e++; // base64 padding belongs to the token
  return [s, e];
}
