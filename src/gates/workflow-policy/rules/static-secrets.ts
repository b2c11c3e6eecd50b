/**
 * static-secrets: long-lived credentials written into the workflow file (cloud keys, tokens, private
 * keys, literal values of *_TOKEN / *_KEY / password settings). The value itself is never printed.
 */
import type { Node } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from '../../../workflows/yaml-nodes.js';
import type { CheckContext, RuleFinding } from '../types.js';
import { looksRandom } from '../../../secrets/entropy.js';
import { addSites, primeSites, type ExprSite } from './expr-sites.js';

// Shared with the secretless gate (src/secrets).
export { entropy, looksRandom } from '../../../secrets/entropy.js';

interface Pattern {
  name: string;
  re: RegExp;
}

/** Well-known credential formats (prefixes and lengths as the issuers document them). */
const PATTERNS: Pattern[] = [
  { name: 'an AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/ },
  { name: 'a GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/ },
  {
    name: 'a GitHub fine-grained personal access token',
    re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/
  },
  {
    name: 'a private key',
    re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----\s*[A-Za-z0-9+/=:\s,-]{40,}/
  },
  { name: 'a Slack token', re: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/ },
  { name: 'a Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'an npm access token', re: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'a PyPI API token', re: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
  { name: 'a Stripe live key', re: /\b[rs]k_live_[0-9A-Za-z]{24,}\b/ },
  { name: 'a GitLab personal access token', re: /\bglpat-[0-9A-Za-z_-]{20,}\b/ }
];

/**
 * What every pattern above starts with (or needs somewhere): a value without one of these cannot
 * match any of them, so one scan stands in for ten.
 */
const ANY_PATTERN =
  /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|-----BEGIN |xox[abposr]-|AIza|npm_|pypi-|[rs]k_live_|glpat-/;

/** Setting names whose literal value is a credential: *_TOKEN, *_KEY, *_SECRET, passwords, PATs. */
const SECRET_NAME =
  /(^|[_-])(token|secret|password|passwd|pat|apikey|api_key|access_key|secret_key|private_key)$|[_-]key$/i;
/** Keys named *_KEY that hold public or non-secret identifiers. */
const PUBLIC_NAME =
  /(public|pub|gpg|pgp|cache|primary|restore|idempotency|partition|sort|ssh_known|signing_key_id|key_id|keyid|fingerprint)[_-]?(key)?$/i;
/** A masked view of a value: its first 4 characters and its length. */
export function mask(v: string): string {
  return `${v.slice(0, 4)}… (${v.length} characters)`;
}

export function staticSecrets(ctx: CheckContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  const y = ctx.wf.yaml;
  const sites: ExprSite[] = [];
  const report = (node: Node, what: string, where: string, needle?: string) => {
    const pos = needle ? ctx.source.locate(node, needle, 0, y.pos(node)) : y.pos(node);
    out.push({
      rule: 'static-secrets',
      message: `${where} holds ${what} written into the workflow file: expected a \${{ secrets.NAME }} reference, got a literal`,
      help: 'Revoke and rotate the credential now (it is in the repository history), store the new one as an encrypted secret, and reference it as ${{ secrets.NAME }}; prefer OIDC (id-token: write) over long-lived cloud keys.',
      line: pos.line,
      column: pos.column
    });
  };
  const keyPath: string[] = [];
  // The parse is a tree (aliases are Alias nodes, not followed here): each node is met once.
  const walk = (node: unknown, depth: number): void => {
    if (depth > 64 || !node || isAlias(node)) return;
    const n = node as Node;
    if (isScalar(n)) {
      // The expression rules share this walk instead of walking the document again.
      if (typeof n.value === 'string' && n.value.includes('${{'))
        addSites(sites, n, n.value, keyPath);
      // Every credential format and the generic check need at least 16 characters.
      if (typeof n.value !== 'string' || n.value.length < 16) {
        if (typeof n.value === 'string' && n.value !== '') checkShort(n, n.value);
        return;
      }
      const v = n.value;
      const where = () => (keyPath.length ? keyPath.join('.') : 'a value');
      let known = false;
      if (ANY_PATTERN.test(v))
        for (const p of PATTERNS) {
          const m = p.re.exec(v);
          if (m && !/EXAMPLE/.test(m[0])) {
            report(n, `${p.name} (${mask(m[0].trim())})`, where(), m[0].slice(0, 10));
            known = true;
          }
        }
      if (known) return;
      if (!checkShort(n, v) && SECRET_NAME.test(keyPath[keyPath.length - 1] ?? '')) {
        const key = keyPath[keyPath.length - 1];
        if (!PUBLIC_NAME.test(key) && looksRandom(v.trim())) {
          report(n, `a literal credential (${mask(v.trim())})`, where());
        }
      }
      return;
    }
    if (isMap(n)) {
      for (const item of n.items) {
        if (!isPair(item)) continue;
        keyPath.push(isScalar(item.key) ? String(item.key.value) : '?');
        walk(item.value, depth + 1);
        keyPath.pop();
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => {
        keyPath.push(String(i));
        walk(item, depth + 1);
        keyPath.pop();
      });
    }
  };
  /** A literal container or service registry password, whatever its length. */
  const checkShort = (n: Node, v: string): boolean => {
    if (keyPath[keyPath.length - 1] !== 'password' || keyPath[keyPath.length - 2] !== 'credentials')
      return false;
    if (v.includes('${{')) return true;
    report(n, `a registry password (${mask(v)})`, keyPath.join('.'));
    return true;
  };
  walk(y.doc.contents, 0);
  primeSites(ctx.wf, sites);
  return out;
}
