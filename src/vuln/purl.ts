/**
 * Package URLs as identities: one canonical spelling per package (percent-encoding, case rules per
 * type, sorted qualifiers, registry aliases), and the match keys the SBOM, the reports and the
 * VEX statements are joined on. Written to the purl specification; no other purl code here.
 */

export interface Purl {
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: Record<string, string>;
  subpath: string;
}

export class PurlError extends Error {
  override name = 'PurlError';
}

/** Docker Hub answers under several names; all mean docker.io. */
const DOCKER_HUB = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.hub.docker.com'
]);

/** Types whose namespace and name are case-insensitive (purl spec, "Known purl types"). */
const LOWER_NAME = new Set([
  'npm',
  'pypi',
  'github',
  'bitbucket',
  'deb',
  'apk',
  'alpm',
  'oci',
  'docker',
  'hex',
  'composer'
]);

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new PurlError(`bad percent-encoding in the ${what} of a purl`);
  }
}

/** Percent-encode everything but the unreserved set (and ':' which the spec leaves as is). */
function encode(part: string): string {
  return encodeURIComponent(part).replace(/%3A/gi, ':');
}

/** Parse a purl (`pkg:type/namespace/name@version?qualifiers#subpath`); throws PurlError. */
export function parsePurl(text: string): Purl {
  let s = text.trim();
  if (!/^pkg:/i.test(s))
    throw new PurlError(`'${text.slice(0, 80)}' is not a purl (no pkg: scheme)`);
  s = s.slice(4).replace(/^\/+/, '');
  let subpath = '';
  const hash = s.indexOf('#');
  if (hash >= 0) {
    subpath = s
      .slice(hash + 1)
      .split('/')
      .filter((seg) => seg !== '' && seg !== '.' && seg !== '..')
      .map((seg) => decode(seg, 'subpath'))
      .join('/');
    s = s.slice(0, hash);
  }
  const qualifiers: Record<string, string> = {};
  const q = s.indexOf('?');
  if (q >= 0) {
    for (const pair of s.slice(q + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const key = (eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
      const value = eq < 0 ? '' : decode(pair.slice(eq + 1), `qualifier '${key}'`);
      if (value !== '') qualifiers[key] = value;
    }
    s = s.slice(0, q);
  }
  const slash = s.indexOf('/');
  if (slash <= 0) throw new PurlError(`'${text.slice(0, 80)}' has no type/name`);
  const type = s.slice(0, slash).toLowerCase();
  let rest = s.slice(slash + 1).replace(/\/+$/, '');
  let version = '';
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    version = decode(rest.slice(at + 1), 'version');
    rest = rest.slice(0, at);
  }
  const segs = rest
    .split('/')
    .filter((x) => x !== '')
    .map((x) => decode(x, 'name'));
  const name = segs.pop() ?? '';
  if (!name) throw new PurlError(`'${text.slice(0, 80)}' has no name`);
  let namespace = segs.join('/');
  let n = name;
  if (LOWER_NAME.has(type)) {
    namespace = namespace.toLowerCase();
    n = n.toLowerCase();
  }
  if (type === 'pypi') n = n.replace(/_/g, '-');
  if (type === 'oci' || type === 'docker') version = version.toLowerCase();
  if (qualifiers.repository_url)
    qualifiers.repository_url = canonicalRepository(qualifiers.repository_url);
  return { type, namespace, name: n, version, qualifiers, subpath };
}

/** `index.docker.io/library/x` → `docker.io/library/x`; scheme and trailing slash dropped. */
export function canonicalRepository(url: string): string {
  let u = url
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/+$/, '');
  const slash = u.indexOf('/');
  const host = (slash < 0 ? u : u.slice(0, slash)).toLowerCase();
  const path = slash < 0 ? '' : u.slice(slash + 1).toLowerCase();
  u = DOCKER_HUB.has(host) ? 'docker.io' : host;
  return path ? `${u}/${path}` : u;
}

/** The one canonical spelling of a purl. */
export function formatPurl(p: Purl): string {
  let s = `pkg:${p.type}/`;
  if (p.namespace) s += p.namespace.split('/').map(encode).join('/') + '/';
  s += encode(p.name);
  if (p.version) s += '@' + encode(p.version);
  const keys = Object.keys(p.qualifiers).sort();
  if (keys.length) s += '?' + keys.map((k) => `${k}=${encode(p.qualifiers[k])}`).join('&');
  if (p.subpath) s += '#' + p.subpath.split('/').map(encode).join('/');
  return s;
}

export function canonicalPurl(text: string): string {
  return formatPurl(parsePurl(text));
}

/** A version as the match key uses it: rpm epoch folded in, Go's leading `v` dropped. */
export function keyVersion(p: Purl): string {
  let v = p.version;
  if (p.type === 'golang') v = v.replace(/^v(?=\d)/, '');
  if (p.type === 'rpm' && p.qualifiers.epoch && p.qualifiers.epoch !== '0' && !/^\d+:/.test(v))
    v = `${p.qualifiers.epoch}:${v}`;
  if (p.type === 'rpm') v = v.replace(/^0:/, '');
  return v;
}

/**
 * The keys one package is known by, strongest first: `digest:` for image content (an OCI or
 * Docker purl with a sha256 version: the name, tag and registry do not change what it is), then
 * type/namespace/name@version without qualifiers, then name@version.
 */
export function purlKeys(p: Purl): string[] {
  const keys: string[] = [];
  if ((p.type === 'oci' || p.type === 'docker') && /^sha256:[0-9a-f]{64}$/.test(p.version)) {
    keys.push(`digest:${p.version}`);
    return keys;
  }
  const ns = p.namespace ? `${p.namespace}/` : '';
  keys.push(`pkg:${p.type}/${ns}${p.name}@${keyVersion(p)}`);
  return keys;
}

/** The weakest key: a package's name and version, for scanners that give no purl. */
export function nameVersionKey(name: string, version: string): string {
  return `nv:${name.toLowerCase()}@${version.replace(/^v(?=\d)/, '')}`;
}

/** A purl from an OSV ecosystem name (osv-scanner reports name packages so). */
const OSV_TYPES: Record<string, string> = {
  go: 'golang',
  npm: 'npm',
  pypi: 'pypi',
  'crates.io': 'cargo',
  maven: 'maven',
  rubygems: 'gem',
  nuget: 'nuget',
  packagist: 'composer',
  pub: 'pub',
  hex: 'hex',
  debian: 'deb',
  ubuntu: 'deb',
  alpine: 'apk',
  swifturl: 'swift'
};

export function purlFromEcosystem(
  ecosystem: string,
  name: string,
  version: string
): Purl | undefined {
  const eco = ecosystem.toLowerCase().split(':')[0];
  const type = OSV_TYPES[eco];
  if (!type) return undefined;
  let namespace = '';
  let n = name;
  if (type === 'maven' && name.includes(':')) [namespace, n] = name.split(':', 2);
  else if (name.includes('/')) {
    const i = name.lastIndexOf('/');
    namespace = name.slice(0, i);
    n = name.slice(i + 1);
  }
  if (type === 'deb' || type === 'apk') namespace = eco;
  return parsePurl(formatPurl({ type, namespace, name: n, version, qualifiers: {}, subpath: '' }));
}
