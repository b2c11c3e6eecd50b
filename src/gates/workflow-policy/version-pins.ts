/**
 * The `uses: owner/repo@<commit> # <tag>` sites of a scan, grouped by action, tag and commit, for
 * the cross-file check that a version is pinned to one commit (`ref-version-mismatch`).
 *
 * They are held until every file is read, so their memory grows with the scan: a site is a row of
 * integers (its file, label, target as written, line, column, the next site of its group) and
 * each distinct text is held once. As objects, the sites of 16 copies of the corpus took about
 * 100 bytes each; a row takes 24.
 */
import { sharedText } from '../../workflows/detach.js';

/** A site as the check reports it. */
export interface PinnedSite {
  file: string;
  /** Where in the file (`job 'build', step 'Checkout'`). */
  where: string;
  /** `owner/repo[/path]` as written. */
  target: string;
  line: number;
  column: number;
}

/** One commit of a tag pinned to more than one, and one of its sites. */
export interface PinConflict {
  /** The action, lower-cased (the grouping key). */
  action: string;
  tag: string;
  /** Every commit the tag is pinned to, lower-cased, in the order first met. */
  commits: readonly string[];
  /** This site's commit. */
  commit: string;
  site: PinnedSite;
}

const FILE = 0;
const WHERE = 1;
const TARGET = 2;
const LINE = 3;
const COLUMN = 4;
const NEXT = 5;
const WIDTH = 6;
const NONE = -1;

interface Group {
  first: number;
  last: number;
}

function rowInt(what: string, n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
    throw new RangeError(`a pinned site's ${what} is ${n}: expected an integer from 0 to 2^31-1`);
  }
  return n;
}

export class VersionPins {
  private readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  private rows = new Int32Array(WIDTH * 64);
  private count = 0;
  /** action (lower-cased) → tag → commit (lower-cased) → its sites, in the order added. */
  private readonly groups = new Map<string, Map<string, Map<string, Group>>>();

  /** How many sites were added. */
  get size(): number {
    return this.count;
  }

  /** Record a site of `target` pinned to `commit` with the comment `tag`. */
  add(site: PinnedSite, tag: string, commit: string): void {
    const line = rowInt('line', site.line);
    const column = rowInt('column', site.column);
    const row = this.count++;
    if (this.rows.length < this.count * WIDTH) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const at = row * WIDTH;
    this.rows[at + FILE] = this.id(site.file);
    this.rows[at + WHERE] = this.id(site.where);
    this.rows[at + TARGET] = this.id(site.target);
    this.rows[at + LINE] = line;
    this.rows[at + COLUMN] = column;
    this.rows[at + NEXT] = NONE;

    const action = site.target.toLowerCase();
    let byTag = this.groups.get(action);
    if (!byTag) this.groups.set(sharedText(action), (byTag = new Map()));
    let byCommit = byTag.get(tag);
    if (!byCommit) byTag.set(sharedText(tag), (byCommit = new Map()));
    const sha = commit.toLowerCase();
    const group = byCommit.get(sha);
    if (group) {
      this.rows[group.last * WIDTH + NEXT] = row;
      group.last = row;
    } else {
      byCommit.set(sharedText(sha), { first: row, last: row });
    }
  }

  /**
   * Every site of a tag pinned to more than one commit: by action, tag and commit in the order
   * first met, and the sites of a commit in the order added.
   */
  *conflicts(): Generator<PinConflict> {
    for (const [action, byTag] of this.groups) {
      for (const [tag, byCommit] of byTag) {
        if (byCommit.size < 2) continue;
        const commits = [...byCommit.keys()];
        for (const [commit, group] of byCommit) {
          for (let row = group.first; row !== NONE; row = this.rows[row * WIDTH + NEXT]!) {
            yield { action, tag, commits, commit, site: this.site(row) };
          }
        }
      }
    }
  }

  private site(row: number): PinnedSite {
    const at = row * WIDTH;
    const r = this.rows;
    return {
      file: this.texts[r[at + FILE]!]!,
      where: this.texts[r[at + WHERE]!]!,
      target: this.texts[r[at + TARGET]!]!,
      line: r[at + LINE]!,
      column: r[at + COLUMN]!
    };
  }

  private id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      const own = sharedText(text);
      id = this.texts.push(own) - 1;
      this.ids.set(own, id);
    }
    return id;
  }
}
