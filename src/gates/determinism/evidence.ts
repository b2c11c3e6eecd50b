/** The evidence record of a determinism run (also written as the diff summary JSON). */
import type { FileDiff } from './compare-snapshots.js';
import type { DiffoscopeRun } from './diffoscope.js';
import type { BuildRun } from './rebuild.js';
import type { Variation } from './variations.js';

export interface SideEvidence {
  input: string;
  kind: string;
  subjectKind: string;
  files: number;
  bytes: number;
  origin?: Record<string, string>;
}

export interface DeterminismEvidence {
  operation: 'compare' | 'rebuild' | 'manifest';
  a?: SideEvidence;
  b?: SideEvidence;
  allowedStabilizers: string[];
  stabilizersNeeded: string[];
  stabilizersNotAllowed: string[];
  identical?: number;
  differing?: number;
  differences?: FileDiff[];
  /** Differences (or archive members) left out of this record to keep it bounded. */
  omitted?: { files: number; members: number };
  diffFile?: string;
  rebuild?: {
    command: string;
    output: string;
    variations: { name: Variation; enabled: boolean; effect: string }[];
    builds: BuildRun[];
  };
  manifest?: {
    file: string;
    files: number;
    bytes: number;
    archives: number;
    origin: Record<string, string>;
  };
  diffoscope?: { version?: string; runs?: DiffoscopeRun[]; skipped?: string };
}

const MAX_FILES = 1000;
const MAX_MEMBERS = 200;

export function trimDifferences(
  all: FileDiff[]
): Pick<DeterminismEvidence, 'differences' | 'omitted'> {
  let members = 0;
  const differences = all.slice(0, MAX_FILES).map((d) => {
    if (!d.archive || d.archive.members.length <= MAX_MEMBERS) return d;
    members += d.archive.members.length - MAX_MEMBERS;
    return { ...d, archive: { ...d.archive, members: d.archive.members.slice(0, MAX_MEMBERS) } };
  });
  const files = Math.max(0, all.length - MAX_FILES);
  return files || members ? { differences, omitted: { files, members } } : { differences };
}
