/**
 * What cache-sentinel decides at start without the costly general tools, checked against them:
 * the trust rules' ref globs matched by src/workflows/glob.ts exactly as minimatch matches them
 * (minimatch is loaded only for a rule or ref beyond the simple form), and the C library of this
 * Node told from its executable's ELF interpreter (src/hashing/blake3.ts) as process.report
 * tells it.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimatch } from 'minimatch';
import {
  isTrustedWriter,
  loadTrustMatcherFor,
  parseTrustRules,
  type TrustRule
} from '../../src/cache/tier.js';
import { elfInterpreter } from '../../src/hashing/blake3.js';
import { needsGlobMatcherToMatch } from '../../src/workflows/glob.js';

const SIMPLE_RULES = [
  'push:refs/heads/{default}',
  'push:refs/tags/*',
  '*:refs/heads/release-*',
  'push:refs/heads/*/stable',
  'push:refs/tags/v*.*'
];
const OTHER_RULES = [
  'push:refs/heads/{main,release}',
  'push:refs/tags/**',
  'push:refs/heads/release/?',
  'push:refs/heads/[mr]ain',
  'push:!refs/heads/main'
];
const REFS = [
  'refs/heads/main',
  'refs/heads/master',
  'refs/heads/release',
  'refs/heads/release-1',
  'refs/heads/release/1',
  'refs/heads/x/stable',
  'refs/heads/.hidden/stable',
  'refs/tags/v1.2.3',
  'refs/tags/v1',
  'refs/tags/.v1',
  'refs/tags/a/b',
  'refs/tags/',
  'refs/heads//main',
  'refs/pull/7/merge',
  ''
];

const dir = mkdtempSync(join(tmpdir(), 'cs-start-'));

function byMinimatch(event: string, ref: string, rules: TrustRule[]): boolean {
  return rules.some(
    (r) => (r.event === '*' || r.event === event) && minimatch(ref, r.ref, { dot: true })
  );
}

describe('trust rules without minimatch at start', () => {
  it('the default rules, for a push to a branch or tag, never need minimatch', () => {
    const rules = parseTrustRules(['push:refs/heads/{default}', 'push:refs/tags/*'], 'main');
    for (const ref of ['refs/heads/main', 'refs/heads/feature/x', 'refs/tags/v1.2.3'])
      for (const r of rules)
        expect([ref, r.ref, needsGlobMatcherToMatch(ref, r.ref)]).toEqual([ref, r.ref, false]);
    for (const r of rules) expect(needsGlobMatcherToMatch('refs/heads//main', r.ref)).toBe(true);
  });

  it('matches as minimatch does, once loadTrustMatcherFor has run for the refs', async () => {
    // Simple rules first (before minimatch is loaded by a rule that needs it).
    const simple = parseTrustRules(SIMPLE_RULES, 'main');
    const clean = REFS.filter((ref) => simple.every((r) => !needsGlobMatcherToMatch(ref, r.ref)));
    expect(clean.length).toBeGreaterThan(8);
    for (const ref of clean)
      for (const event of ['push', 'workflow_dispatch'])
        expect([event, ref, isTrustedWriter(event, ref, simple)]).toEqual([
          event,
          ref,
          byMinimatch(event, ref, simple)
        ]);
    // A rule beyond the simple form (or a ref with an empty segment) needs minimatch, which
    // loadTrustMatcherFor loads; then every answer is minimatch's.
    const rules = parseTrustRules([...SIMPLE_RULES, ...OTHER_RULES], 'main');
    await loadTrustMatcherFor(rules, REFS);
    for (const ref of REFS)
      for (const event of ['push', 'workflow_dispatch'])
        expect([event, ref, isTrustedWriter(event, ref, rules)]).toEqual([
          event,
          ref,
          byMinimatch(event, ref, rules)
        ]);
  });
});

/** A 64-bit little-endian ELF header with one program header (PT_INTERP or another type). */
function elf(interpreter: string | undefined, type = 3): Buffer {
  const name = Buffer.from(`${interpreter ?? ''}\0`, 'latin1');
  const file = Buffer.alloc(64 + 56 + name.length);
  file.writeUInt32BE(0x7f454c46, 0);
  file[4] = 2; // ELFCLASS64
  file[5] = 1; // little-endian
  file.writeBigUInt64LE(64n, 0x20); // e_phoff
  file.writeUInt16LE(56, 0x36); // e_phentsize
  file.writeUInt16LE(1, 0x38); // e_phnum
  file.writeUInt32LE(type, 64); // p_type
  file.writeBigUInt64LE(120n, 64 + 8); // p_offset
  file.writeBigUInt64LE(BigInt(name.length), 64 + 32); // p_filesz
  name.copy(file, 120);
  return file;
}

describe('the C library from the ELF interpreter', () => {
  it('reads the interpreter an ELF executable names', () => {
    for (const interp of ['/lib64/ld-linux-x86-64.so.2', '/lib/ld-musl-x86_64.so.1']) {
      const f = join(dir, `elf-${interp.length}`);
      writeFileSync(f, elf(interp));
      expect(elfInterpreter(f)).toBe(interp);
    }
  });

  it('gives nothing for a file that is not such an ELF file, or has no interpreter', () => {
    const cases: Record<string, Buffer> = {
      text: Buffer.from('#!/bin/sh\necho hi\n'.repeat(8)),
      truncated: elf('/lib64/ld-linux-x86-64.so.2').subarray(0, 80),
      static: elf(undefined, 1),
      big_endian: (() => {
        const b = elf('/lib64/ld-linux-x86-64.so.2');
        b[5] = 2;
        return b;
      })()
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const f = join(dir, name);
      writeFileSync(f, bytes);
      expect([name, elfInterpreter(f)]).toEqual([name, undefined]);
    }
    expect(elfInterpreter(join(dir, 'missing'))).toBeUndefined();
  });

  it("agrees with process.report about this Node's C library", () => {
    const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } };
    const glibc = Boolean(report?.header?.glibcVersionRuntime);
    const interp = elfInterpreter(process.execPath);
    if (process.platform === 'linux' && interp) {
      expect(/\/ld-linux-[^/]*$/.test(interp)).toBe(glibc);
      expect(/\/ld-musl-[^/]*$/.test(interp)).toBe(!glibc);
    } else {
      expect(interp).toBeUndefined();
    }
  });
});
