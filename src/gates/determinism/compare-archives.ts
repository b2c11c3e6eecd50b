/**
 * Compares two archive listings member by member: which members are missing on either side,
 * whose content differs, and which differ only in metadata a stabilizer could allow (mtime,
 * owner, mode, zip extra fields), plus archive-level order, wrapper header, comment and prefix.
 */
import type { ArchiveEntry, ArchiveListing } from '../../archive/read-archive.js';
import type { Aspect } from './stabilizers.js';

export interface MemberDiff {
  name: string;
  aspects: Aspect[];
  /** What changed, e.g. `mtime 1435592949 → 1435592981`. */
  detail: string[];
}

export interface ArchiveDiff {
  kind: string;
  membersA: number;
  membersB: number;
  /** Archive-level aspects (order, wrapper header, comment, prefix). */
  aspects: Aspect[];
  detail: string[];
  members: MemberDiff[];
}

/** Key each member by name, numbering repeats so a duplicated name is still compared. */
function keyed(entries: ArchiveEntry[]): Map<string, ArchiveEntry> {
  const out = new Map<string, ArchiveEntry>();
  const seen = new Map<string, number>();
  for (const e of entries) {
    const n = seen.get(e.name) ?? 0;
    seen.set(e.name, n + 1);
    out.set(n ? `${e.name}#${n + 1}` : e.name, e);
  }
  return out;
}

const oct = (m: number | undefined): string =>
  m === undefined ? 'none' : m.toString(8).padStart(4, '0');
const shown = (v: unknown): string => (v === undefined ? 'none' : String(v));

function compareMember(name: string, a: ArchiveEntry, b: ArchiveEntry): MemberDiff | undefined {
  const aspects = new Set<Aspect>();
  const detail: string[] = [];
  const note = (aspect: Aspect, text: string): void => {
    aspects.add(aspect);
    detail.push(text);
  };
  if (a.type !== b.type) note('type', `type ${a.type} → ${b.type}`);
  else if (a.sha256 !== b.sha256 || a.size !== b.size)
    note(
      'content',
      `content ${a.size} → ${b.size} bytes${a.sha256 && b.sha256 ? `, sha256 ${a.sha256.slice(0, 12)} → ${b.sha256.slice(0, 12)}` : ''}`
    );
  if (a.linkname !== b.linkname)
    note('link-target', `target ${shown(a.linkname)} → ${shown(b.linkname)}`);
  if (a.mtime !== b.mtime) note('mtime', `mtime ${shown(a.mtime)} → ${shown(b.mtime)}`);
  if (a.uid !== b.uid || a.gid !== b.gid || a.uname !== b.uname || a.gname !== b.gname)
    note(
      'owner',
      `owner ${shown(a.uname ?? a.uid)}:${shown(a.gname ?? a.gid)} (${shown(a.uid)}:${shown(a.gid)}) → ${shown(b.uname ?? b.uid)}:${shown(b.gname ?? b.gid)} (${shown(b.uid)}:${shown(b.gid)})`
    );
  if (a.mode !== b.mode) note('mode', `mode ${oct(a.mode)} → ${oct(b.mode)}`);
  if ((a.extra ?? []).join(',') !== (b.extra ?? []).join(','))
    note(
      'zip-extra',
      `extra fields ${(a.extra ?? []).map((x) => x.slice(0, 4)).join(',') || 'none'} → ${(b.extra ?? []).map((x) => x.slice(0, 4)).join(',') || 'none'} (contents differ)`
    );
  if (a.method !== b.method)
    note('compression', `compression method ${shown(a.method)} → ${shown(b.method)}`);
  if (a.encrypted !== b.encrypted)
    note('content', `encryption ${a.encrypted ? 'on' : 'off'} → ${b.encrypted ? 'on' : 'off'}`);
  if (JSON.stringify(a.pax ?? {}) !== JSON.stringify(b.pax ?? {}))
    note(
      'pax',
      `pax records ${Object.keys(a.pax ?? {}).join(',') || 'none'} → ${Object.keys(b.pax ?? {}).join(',') || 'none'}`
    );
  return aspects.size ? { name, aspects: [...aspects], detail } : undefined;
}

export function compareListings(a: ArchiveListing, b: ArchiveListing): ArchiveDiff {
  const diff: ArchiveDiff = {
    kind: a.kind,
    membersA: a.entries.length,
    membersB: b.entries.length,
    aspects: [],
    detail: [],
    members: []
  };
  const ka = keyed(a.entries);
  const kb = keyed(b.entries);
  for (const [name, ea] of ka) {
    const eb = kb.get(name);
    if (!eb)
      diff.members.push({
        name,
        aspects: ['only-in-a'],
        detail: [`only in a (${ea.type}, ${ea.size} bytes)`]
      });
    else {
      const m = compareMember(name, ea, eb);
      if (m) diff.members.push(m);
    }
  }
  for (const [name, eb] of kb)
    if (!ka.has(name))
      diff.members.push({
        name,
        aspects: ['only-in-b'],
        detail: [`only in b (${eb.type}, ${eb.size} bytes)`]
      });
  const orderA = [...ka.keys()].filter((k) => kb.has(k));
  const orderB = [...kb.keys()].filter((k) => ka.has(k));
  if (orderA.some((k, i) => orderB[i] !== k)) {
    const i = orderA.findIndex((k, j) => orderB[j] !== k);
    diff.aspects.push('entry-order');
    diff.detail.push(
      `member order differs from position ${i + 1} ('${orderA[i]}' vs '${orderB[i]}')`
    );
  }
  const wa = JSON.stringify(a.wrapper ?? {});
  const wb = JSON.stringify(b.wrapper ?? {});
  if (wa !== wb) {
    diff.aspects.push('gzip-header');
    const keys = new Set([...Object.keys(a.wrapper ?? {}), ...Object.keys(b.wrapper ?? {})]);
    const changed = [...keys].filter((k) => a.wrapper?.[k] !== b.wrapper?.[k]);
    diff.detail.push(
      `gzip header ${changed.map((k) => `${k} ${shown(a.wrapper?.[k])} → ${shown(b.wrapper?.[k])}`).join(', ')}`
    );
  }
  if ((a.comment ?? '') !== (b.comment ?? '')) {
    diff.aspects.push('comment');
    diff.detail.push('archive comment differs');
  }
  if ((a.prefixBytes ?? 0) !== (b.prefixBytes ?? 0) || a.prefixSha256 !== b.prefixSha256) {
    diff.aspects.push('prefix');
    diff.detail.push(
      `leading prefix differs (${a.prefixBytes ?? 0} → ${b.prefixBytes ?? 0} bytes)`
    );
  }
  return diff;
}
