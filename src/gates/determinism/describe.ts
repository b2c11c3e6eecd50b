/** Human sentences for differences: "`lib/x.so` differs; in `app.whl`, `RECORD` differs only in mtime". */
import type { MemberDiff } from './compare-archives.js';
import type { Comparison, FileDiff } from './compare-snapshots.js';
import type { Aspect } from './stabilizers.js';

const WORD: Record<Aspect, string> = {
  'only-in-a': 'only in a',
  'only-in-b': 'only in b',
  type: 'type',
  content: 'content',
  'link-target': 'link target',
  compression: 'compression method',
  pax: 'pax records',
  comment: 'archive comment',
  prefix: 'leading prefix',
  container: 'archive bytes',
  unreadable: 'unreadable',
  mtime: 'mtime',
  owner: 'owner',
  mode: 'mode',
  'zip-extra': 'zip extra fields',
  'entry-order': 'member order',
  'gzip-header': 'gzip header'
};

const METADATA = new Set<Aspect>(['mtime', 'owner', 'mode', 'zip-extra', 'compression', 'pax']);

function andList(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function describeMember(m: MemberDiff): string {
  if (m.aspects.includes('only-in-a')) return `\`${m.name}\` is only in a`;
  if (m.aspects.includes('only-in-b')) return `\`${m.name}\` is only in b`;
  if (m.aspects.every((x) => METADATA.has(x)))
    return `\`${m.name}\` differs only in ${andList(m.aspects.map((x) => WORD[x]))}`;
  return `\`${m.name}\` differs`;
}

/** One clause per file difference (at most `maxMembers` members named). */
export function describeFile(d: FileDiff, maxMembers = 3): string {
  if (d.aspects.includes('unreadable'))
    return `\`${d.path}\` cannot be compared: ${d.error ?? 'unreadable'}`;
  if (!d.archive && d.aspects.includes('only-in-a')) return `\`${d.path}\` is only in a`;
  if (!d.archive && d.aspects.includes('only-in-b')) return `\`${d.path}\` is only in b`;
  if (d.archive && !d.aspects.includes('container')) {
    const parts = d.archive.members.slice(0, maxMembers).map(describeMember);
    if (d.archive.members.length > maxMembers)
      parts.push(`${d.archive.members.length - maxMembers} more members`);
    for (const x of d.archive.aspects) parts.push(`${WORD[x]} differs`);
    const fileMode = d.aspects.includes('mode') && d.detail.find((t) => t.startsWith('mode '));
    if (fileMode) parts.push(`the file's ${fileMode}`);
    return `in \`${d.path}\`, ${andList(parts)}`;
  }
  if (d.aspects.length === 1 && d.aspects[0] === 'mode')
    return `\`${d.path}\` differs only in mode (${d.detail[0]})`;
  return `\`${d.path}\` differs`;
}

export function describeComparison(c: Comparison, maxFiles = 3): string {
  if (!c.differences.length) return '';
  const parts = c.differences.slice(0, maxFiles).map((d) => describeFile(d));
  if (c.differences.length > maxFiles) parts.push(`${c.differences.length - maxFiles} more`);
  return parts.join('; ');
}
