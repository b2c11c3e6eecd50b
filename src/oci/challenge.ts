/** `WWW-Authenticate` challenges (RFC 7235): a scheme and auth-params, quoted values may hold commas. */
import { isLoopbackHostname } from '../net/credential-origin.js';

/**
 * Token services that sit on another host than their registry by design: the one pairing the
 * registry client knows (Docker Hub). Every other realm gets credentials only on the registry's
 * own host.
 */
const KNOWN_REALM_HOSTS: Record<string, string[]> = {
  'registry-1.docker.io': ['auth.docker.io']
};

/**
 * May the registry's username and password go to this token realm? Only over HTTPS (or HTTP to
 * loopback) and only to the registry's own host (any port: a token service beside the registry)
 * or a known pairing. A realm elsewhere is asked for an anonymous token.
 */
export function realmMayReceiveCredentials(realm: URL, registryHost: string): boolean {
  if (
    realm.protocol !== 'https:' &&
    !(realm.protocol === 'http:' && isLoopbackHostname(realm.hostname))
  )
    return false;
  const host = new URL(`http://${registryHost}`).hostname.toLowerCase();
  const target = realm.hostname.toLowerCase();
  return target === host || (KNOWN_REALM_HOSTS[host] ?? []).includes(target);
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parse the first challenge of a header value; undefined when there is none. */
export function parseChallenge(header: string | null | undefined): Challenge | undefined {
  if (!header) return undefined;
  const m = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*(?:,|$)/gy;
  const rest = m[2];
  let match: RegExpExecArray | null;
  while (re.lastIndex < rest.length && (match = re.exec(rest)) !== null) {
    params[match[1].toLowerCase()] =
      match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3];
  }
  return { scheme: m[1].toLowerCase(), params };
}
