/** Rule metadata of determinism (SARIF and help). */
import type { RuleInfo } from '../../core/result.js';

export const RULE = {
  drift: 'determinism/drift',
  stabilizer: 'determinism/stabilizer-not-allowed',
  allowed: 'determinism/stabilizer-used',
  unreadable: 'determinism/unreadable-archive',
  buildFailed: 'determinism/build-failed',
  diffoscope: 'determinism/diffoscope'
} as const;

export const RULES: RuleInfo[] = [
  {
    id: RULE.drift,
    title: 'Build output differs between the two builds',
    help: 'Find what injects the difference (timestamps, build paths, locale, hash order, umask) and fix the build; SOURCE_DATE_EPOCH, sorted inputs and fixed archive metadata are the usual cures.',
    severity: 'error'
  },
  {
    id: RULE.stabilizer,
    title: 'Difference needs a stabilizer that is not allowed',
    help: "Fix the build so the metadata is fixed (e.g. tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner, zip -X, gzip -n), or allow the stabilizer explicitly in 'allow-stabilizers'.",
    severity: 'error'
  },
  {
    id: RULE.allowed,
    title: 'Difference allowed by a stabilizer',
    help: "The outputs differ only in metadata 'allow-stabilizers' allows; the content is the same.",
    severity: 'note'
  },
  {
    id: RULE.unreadable,
    title: 'Archive cannot be compared',
    help: 'The archive is corrupt, truncated, over a bound (max-archive-entries / max-archive-bytes) or holds a hostile member name; check the build output.',
    severity: 'error'
  },
  {
    id: RULE.buildFailed,
    title: 'Build command failed',
    help: "Make 'command' build in a fresh copy of the workspace (it runs with bash -c under TZ, LC_ALL, SOURCE_DATE_EPOCH and umask set), and 'build-output' name what it produces.",
    severity: 'error'
  },
  {
    id: RULE.diffoscope,
    title: 'diffoscope deep-dive',
    help: 'diffoscope (Debian package diffoscope-minimal) showed the differences in detail; see its report.',
    severity: 'note'
  }
];
