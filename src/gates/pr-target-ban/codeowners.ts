/**
 * CODEOWNERS rules with GitHub's pattern semantics (a subset of gitignore's): the last matching
 * line wins; a line with no owners makes the path unowned; `!` negation and `[ ]` ranges are
 * not supported by GitHub and match nothing. Owners are `@user`, `@org/team` or an email address;
 * GitHub skips a line with any other owner (`security-team`, `@`, `@-x`), so it decides nothing.
 */

export interface CodeownersRule {
  pattern: string;
  /** The valid owners (empty when `invalidOwners` is not). */
  owners: string[];
  /** Owners GitHub does not accept; a line with any is skipped. */
  invalidOwners: string[];
  line: number;
  regex: RegExp | null;
}

const USER = '[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}';
const OWNER = new RegExp(
  `^(?:@${USER}|@${USER}/[A-Za-z0-9][A-Za-z0-9_.-]*|[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)+)$`
);

/** `@user`, `@org/team` or an email address, as GitHub accepts them. */
export function isValidOwner(owner: string): boolean {
  return OWNER.test(owner);
}

function escapeRegex(s: string): string {
  return s.replace(/[.+^${}()|\\]/g, '\\$&');
}

/** Convert one CODEOWNERS pattern to a regex over repo-relative posix paths (null: unsupported). */
export function patternToRegex(pattern: string): RegExp | null {
  if (pattern.startsWith('!') || /\[|\]/.test(pattern)) return null;
  let p = pattern.replace(/\\#/g, '#');
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.startsWith('/') || p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  let body = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        const atStart = i === 0 || p[i - 1] === '/';
        const atEnd = i + 2 === p.length || p[i + 2] === '/';
        if (atStart && atEnd) {
          if (i + 2 === p.length) body += '.*';
          else {
            body += '(?:.*/)?';
            i++; // the slash after ** is part of the match
          }
          i++;
          continue;
        }
        body += '[^/]*';
        i++;
        continue;
      }
      body += '[^/]*';
    } else if (c === '?') body += '[^/]';
    else body += escapeRegex(c);
  }
  const prefix = anchored ? '^' : '^(?:.*/)?';
  // A match on a folder covers everything below it; a dir-only pattern must be a folder.
  // GitHub differs from gitignore here: `docs/*` owns docs' files, not its sub-folders.
  const suffix = dirOnly ? '/.*$' : p.endsWith('/*') ? '$' : '(?:/.*)?$';
  return new RegExp(prefix + body + suffix);
}

export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [pattern, ...owners] = line.split(/\s+/);
    const invalidOwners = owners.filter((o) => !isValidOwner(o));
    rules.push({
      pattern,
      owners: invalidOwners.length ? [] : owners,
      invalidOwners,
      line: i + 1,
      regex: patternToRegex(pattern)
    });
  });
  return rules;
}

/**
 * The rule that decides `path`'s owners (last match wins, lines GitHub skips do not count), or
 * undefined when none matches.
 */
export function ownerRule(rules: CodeownersRule[], path: string): CodeownersRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) {
    if (rules[i].invalidOwners.length) continue;
    if (rules[i].regex?.test(path)) return rules[i];
  }
  return undefined;
}
