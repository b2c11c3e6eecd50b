/**
 * The variation set of a rebuild, reprotest's idea without its trap: the list is applied in
 * order onto a base that is *all* variations when the list is empty or starts with a removal
 * (`-timezone` means "all but timezone", never "none"), and the effective set is always printed.
 */
import { InputError } from '../../core/errors.js';

export const VARIATIONS = {
  time: 'the second build starts later on the wall clock (SOURCE_DATE_EPOCH stays the same)',
  timezone: 'TZ=UTC in the first build, TZ=Etc/GMT-14 (UTC+14) in the second',
  locale: 'LC_ALL=C in the first build, a UTF-8 locale in the second',
  umask: 'umask 0022 in the first build, 0002 in the second',
  'build-path': 'the builds run in two different folders (different names and depths)',
  'file-order':
    'the second copy of the sources is written in reverse order (changes readdir order where the file system keeps creation order)'
} as const;

export type Variation = keyof typeof VARIATIONS;
export const VARIATION_NAMES = Object.keys(VARIATIONS) as Variation[];

function nameOf(raw: string, item: string): Variation {
  if ((VARIATION_NAMES as string[]).includes(item)) return item as Variation;
  throw new InputError(
    'variations',
    `'${raw}' is not a variation; use all, none, or any of ${VARIATION_NAMES.join(', ')} (prefix - to remove one)`
  );
}

export function parseVariations(items: string[]): Set<Variation> {
  const list = items.map((s) => s.trim().toLowerCase()).filter(Boolean);
  const set = new Set<Variation>(
    list.length === 0 || list[0].startsWith('-') ? VARIATION_NAMES : []
  );
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const raw = items[i];
    if (item === 'all') VARIATION_NAMES.forEach((v) => set.add(v));
    else if (item === 'none') set.clear();
    else if (item.startsWith('-')) set.delete(nameOf(raw, item.slice(1)));
    else set.add(nameOf(raw, item.replace(/^\+/, '')));
  }
  return set;
}

/** A UTF-8 locale that differs from C, from `locale -a` output (C.UTF-8 as the last resort). */
export function pickLocale(available: string[]): string {
  const norm = (s: string): string => s.toLowerCase().replace(/utf-?8/, 'utf8');
  const have = new Map(available.map((l) => [norm(l.trim()), l.trim()]));
  for (const want of ['fr_CH.UTF-8', 'de_DE.UTF-8', 'et_EE.UTF-8', 'en_US.UTF-8']) {
    const hit = have.get(norm(want));
    if (hit) return hit;
  }
  return have.get('c.utf8') ?? 'C.UTF-8';
}

export interface BuildEnvironment {
  TZ: string;
  LC_ALL: string;
  LANG: string;
  SOURCE_DATE_EPOCH: string;
  PYTHONHASHSEED: string;
  umask: string;
}

/** The fixed environment of the first build and the varied one of the second. */
export function buildEnvironments(
  set: ReadonlySet<Variation>,
  sourceDateEpoch: number,
  locale: string
): [BuildEnvironment, BuildEnvironment] {
  const fixed: BuildEnvironment = {
    TZ: 'UTC',
    LC_ALL: 'C',
    LANG: 'C',
    SOURCE_DATE_EPOCH: String(sourceDateEpoch),
    PYTHONHASHSEED: '0',
    umask: '0022'
  };
  const varied: BuildEnvironment = { ...fixed };
  if (set.has('timezone')) varied.TZ = 'Etc/GMT-14';
  if (set.has('locale')) {
    varied.LC_ALL = locale;
    varied.LANG = locale;
  }
  if (set.has('umask')) varied.umask = '0002';
  return [fixed, varied];
}
