/**
 * Credentials recognised by the name they are stored under: an environment variable
 * (`AWS_SECRET_ACCESS_KEY`, `*_TOKEN`, `*_PRIVATE_KEY` …) or a key in a credentials file
 * (`_authToken` in .npmrc, `aws_secret_access_key`, a kubeconfig `token`, a docker `auth`).
 */

export interface NameRule {
  id: string;
  title: string;
  re: RegExp;
}

/** Names that always hold a credential (checked first, most specific first). */
export const NAME_RULES: NameRule[] = [
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key (by name)',
    re: /^(aws_)?secret_?access_?key$/i
  },
  { id: 'aws-session-token', title: 'AWS session token (by name)', re: /^aws_session_token$/i },
  {
    id: 'private-key-name',
    title: 'Private key (by name: *_PRIVATE_KEY, client-key-data)',
    re: /(^|[_.-])private[_-]?key$|^client-key(-data)?$/i
  },
  {
    id: 'docker-auth',
    title: 'Registry credential in a docker config (auth, identitytoken)',
    re: /^(auth|identitytoken|registrytoken)$/i
  },
  {
    id: 'npm-auth',
    title: 'npm registry credential (_authToken, _auth, _password)',
    re: /(^|:)_(authtoken|auth|password)$/i
  },
  {
    id: 'token-name',
    title: 'Token (by name: *_TOKEN, *_PAT, refresh_token …)',
    re: /(^|[_.-])(token|pat|refresh[_-]?token|access[_-]?token|auth[_-]?token)$/i
  },
  {
    id: 'secret-name',
    title: 'Secret or password (by name: *_SECRET, *_PASSWORD, *_API_KEY, *_SECRET_KEY …)',
    re: /(^|[_.-])(secret|client[_-]?secret|password|passwd|pwd|api[_-]?key|apikey|secret[_-]?key|access[_-]?key)$/i
  }
];

/** Keys named like a credential that hold identifiers, references or public material. */
const NOT_SECRET =
  /(public|pub|gpg|pgp|cache|primary|restore|idempotency|partition|sort|known|key_?id|keyid|fingerprint|file|path|dir|url|uri|endpoint|type|name|user(name)?|id|env|helper|store|command|cmd)$/i;

/** The name rule for `name`, or undefined when the name says nothing (or says "not secret"). */
export function matchNameRule(name: string): NameRule | undefined {
  const last = name.split(/[/\s]/).pop() ?? name;
  if (NOT_SECRET.test(last) && !/private[_-]?key$/i.test(last)) return undefined;
  return NAME_RULES.find((r) => r.re.test(last));
}

/** Words that gate the generic entropy rule: a random value under such a name is a credential. */
export const ENTROPY_KEYWORDS =
  /(key|token|secret|passw|pwd|credential|auth|apikey|signature|cert)/i;
