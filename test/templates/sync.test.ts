/**
 * Sync scenarios on real git repositories with the git CLI: the list, and the behaviour
 * copier's own update tests pin down (../shared/vectors/template-sync/README.md).
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRepository } from '../../src/templates/init.js';
import { LOCK_FILE, readLock } from '../../src/templates/lock.js';
import { gitSource } from '../../src/templates/source.js';
import { sync, syncMarkdown, type FileOutcome, type SyncReport } from '../../src/templates/sync.js';
import type { Answers } from '../../src/templates/render.js';
import { commitAll, definition, downstream, git, hubRepo, writeFiles } from './fixtures.js';

const HUB = 'acme/hub';

async function init(ws: string, hub: string, ref: string, answers: Answers = {}): Promise<void> {
  const r = await initRepository({
    workspace: ws,
    source: gitSource(hub, ref, HUB),
    answers,
    yes: true,
    force: false
  });
  expect(r.refused).toEqual([]);
  commitAll(ws, `init ${ref}`);
}

function update(ws: string, hub: string, ref: string, answers?: Answers): SyncReport {
  return sync({ workspace: ws, target: gitSource(hub, ref, HUB), answers }).report;
}

const read = (ws: string, p: string): string => readFileSync(join(ws, p), 'utf8');
const outcome = (r: SyncReport, p: string): FileOutcome | undefined =>
  r.files.find((f) => f.path === p)?.outcome;

/** A hub whose template renders `a.txt` and `b.txt` from files/ of the release. */
function simpleHub(
  releases: { tag: string | null; a?: string; b?: string; extra?: Record<string, string> }[]
): string {
  return hubRepo(
    releases.map((r) => {
      const files: Record<string, string> = {};
      const list: Record<string, string> = {};
      const all = {
        ...(r.a === undefined ? {} : { 'a.txt': r.a }),
        ...(r.b === undefined ? {} : { 'b.txt': r.b }),
        ...r.extra
      };
      for (const [p, c] of Object.entries(all)) {
        files[`t/${p}`] = c;
        list[p] = `t/${p}`;
      }
      files['templates/hub/template.yml'] = definition({ name: 'Guybrush' }, list);
      return { tag: r.tag, files };
    })
  );
}

describe('the issue scenarios', () => {
  it('upstream change only: the new render is applied', async () => {
    const hub = simpleHub([
      { tag: 'v1.0.0', a: 'one\n' },
      { tag: 'v1.1.0', a: 'two\n' }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    const r = update(ws, hub, 'v1.1.0');
    expect(outcome(r, 'a.txt')).toBe('updated');
    expect(read(ws, 'a.txt')).toBe('two\n');
    expect(readLock(ws).hub.version).toBe('v1.1.0');
  });

  it('local edit only: kept as it is', async () => {
    const hub = simpleHub([
      { tag: 'v1.0.0', a: 'one\n', b: 'b\n' },
      { tag: 'v1.1.0', a: 'one\n', b: 'b2\n' }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, { 'a.txt': 'one, edited here\n' });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'v1.1.0');
    expect(outcome(r, 'a.txt')).toBe('unchanged');
    expect(read(ws, 'a.txt')).toBe('one, edited here\n');
  });

  it('both changed, not overlapping: merged cleanly (copier scenario 1)', async () => {
    const t1 =
      '\nLet me introduce myself.\n\nMy name is {{ name }}, and my project is pirate.\n\nThanks for your attention.\n';
    const t2 =
      '\nLet me introduce myself.\n\nMy name is {{ name }}.\n\nMy project is pirate.\n\nThanks for your attention.\n';
    const hub = simpleHub([
      { tag: 'v0.0.1', a: t1 },
      { tag: null, a: t2 }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v0.0.1');
    writeFiles(ws, { 'a.txt': read(ws, 'a.txt').replace('attention', 'grog') });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'main');
    expect(outcome(r, 'a.txt')).toBe('merged');
    expect(read(ws, 'a.txt')).toBe(
      '\nLet me introduce myself.\n\nMy name is Guybrush.\n\nMy project is pirate.\n\nThanks for your grog.\n'
    );
    expect(readLock(ws).hub.version).toMatch(/^v0\.0\.1-1-g[0-9a-f]+$/); // copier scenario 14: untagged → describe
    commitAll(ws, 'sync');
    const again = update(ws, hub, 'main');
    expect(again.noop).toBe(true);
    expect(git(ws, 'status', '--porcelain')).toBe('');
  });

  it('both changed, overlapping: zdiff3 markers, unmerged index stages, a report (copier scenario 4)', async () => {
    for (const name of ['README.md', 'spa ces', 'qu`o"tes', 'm4â4ñ4a']) {
      const hub = simpleHub([
        { tag: 'v1.0.0', extra: { [name]: 'upstream version 1\n' } },
        { tag: 'v2.0.0', extra: { [name]: 'upstream version 2\n' } }
      ]);
      const ws = downstream({ '.gitignore': '*.rej\n' });
      await init(ws, hub, 'v1.0.0');
      writeFiles(ws, { [name]: 'upstream version 1 + downstream\n' });
      commitAll(ws, 'local');
      const r = update(ws, hub, 'v2.0.0');
      expect(r.files.find((f) => f.path === name)).toEqual({
        path: name,
        outcome: 'conflicted',
        conflicts: 1
      });
      expect(read(ws, name)).toBe(
        '<<<<<<< before updating\nupstream version 1 + downstream\n||||||| last update\nupstream version 1\n=======\nupstream version 2\n>>>>>>> after updating\n'
      );
      expect(existsSync(join(ws, `${name}.rej`))).toBe(false);
      expect(git(ws, 'status', '--porcelain=v1', '-z').split('\0')).toContain(`UU ${name}`);
      expect(syncMarkdown(r)).toMatch(/1 conflicted/);
      expect(readLock(ws).hub.version).toBe('v2.0.0');
    }
  });

  it('both sides made the same change: no conflict, not unmerged (copier scenario 5)', async () => {
    const hub = simpleHub([
      { tag: 'v1.0.0', a: 'upstream version 1\n' },
      { tag: 'v2.0.0', a: 'upstream version 2\n' }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, { 'a.txt': 'upstream version 2\n' });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'v2.0.0');
    expect(outcome(r, 'a.txt')).toBe('unchanged');
    expect(git(ws, 'status', '--porcelain')).toMatch(/^ M \.ci-intel\/template\.lock\.json\n$/);
  });

  it('a file the repository deleted stays deleted, whatever its name (copier scenario 7)', async () => {
    for (const name of [
      'normal_file',
      'unicode_âñ',
      'file with whitespace',
      ' leading_whitespace',
      'trailing_whitespace ',
      'back\\slash',
      '!special',
      'dont_wildmatch*'
    ]) {
      const hub = simpleHub([
        {
          tag: 'v1.0.0',
          extra: { [name]: 'foo\n', another_file: 'foobar\n', dont_wildmatch: 'bar\n' }
        },
        {
          tag: 'v2.0.0',
          extra: { [name]: 'bar\n', another_file: 'foobar\n', dont_wildmatch: 'baz\n' }
        }
      ]);
      const ws = downstream();
      await init(ws, hub, 'v1.0.0');
      rmSync(join(ws, name));
      commitAll(ws, 'delete');
      const r = update(ws, hub, 'v2.0.0');
      expect(outcome(r, name)).toBe('kept-deleted');
      expect(existsSync(join(ws, name))).toBe(false);
      expect(read(ws, 'dont_wildmatch')).toBe('baz\n');
    }
  });

  it('upstream deletion: removed when unmodified, kept when modified here; project files untouched (copier scenario 8)', async () => {
    const hub = simpleHub([
      {
        tag: 'v1.0.0',
        extra: { '1.txt': '1\n', 'dir 2/2.txt': '2\n', 'dir 4/subdir 4/4.txt': '4\n' }
      },
      { tag: 'v2.0.0', extra: { '6.txt': '6\n' } }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, {
      'I.txt': 'mine\n',
      'dir 4/subdir 4/IV.txt': 'mine\n',
      'dir 2/2.txt': '2 edited\n'
    });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'v2.0.0');
    expect(outcome(r, '1.txt')).toBe('removed');
    expect(outcome(r, 'dir 4/subdir 4/4.txt')).toBe('removed');
    expect(outcome(r, 'dir 2/2.txt')).toBe('kept-modified');
    expect(outcome(r, '6.txt')).toBe('added');
    expect(existsSync(join(ws, '1.txt'))).toBe(false);
    expect(read(ws, 'dir 2/2.txt')).toBe('2 edited\n');
    expect(read(ws, 'I.txt')).toBe('mine\n');
    expect(read(ws, 'dir 4/subdir 4/IV.txt')).toBe('mine\n');
    expect(read(ws, '6.txt')).toBe('6\n');
  });

  it('both add the same new file: a two-way merge with an empty base (copier scenario 11)', async () => {
    const hub = simpleHub([
      { tag: 'v1.0.0', a: 'a\n' },
      {
        tag: 'v2.0.0',
        a: 'a\n',
        extra: { 'ci.yml': 'tests:\n  stage: test\n  script:\n    - ./test.sh --slow\n' }
      }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, {
      'ci.yml':
        'tests:\n  stage: test\n  script:\n    - ./test.sh\n\npages:\n  stage: deploy\n  script:\n    - ./deploy.sh\n'
    });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'v2.0.0');
    expect(outcome(r, 'ci.yml')).toBe('conflicted');
    const text = read(ws, 'ci.yml');
    expect(
      text.startsWith(
        'tests:\n  stage: test\n  script:\n<<<<<<< before updating\n    - ./test.sh\n\npages:'
      )
    ).toBe(true);
    expect(text).toMatch(/=======\n {4}- \.\/test\.sh --slow\n>>>>>>> after updating\n$/);
  });

  it('rename: the repository copy moves with its local edit', async () => {
    const v1 = {
      'templates/hub/template.yml': definition({}, { 'old.yml': 't/f.yml' }),
      't/f.yml': 'x: 1\na: 0\nb: 0\ny: 2\n'
    };
    const v2 = {
      'templates/hub/template.yml': definition(
        {},
        {},
        '  - path: new.yml\n    template: t/f.yml\n    renamed-from: [old.yml]\n'
      ),
      't/f.yml': 'x: 1\na: 0\nb: 0\ny: 3\n'
    };
    const hub = hubRepo([
      { tag: 'v1.0.0', files: v1 },
      { tag: 'v1.1.0', files: v2 }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, { 'old.yml': 'x: 10\na: 0\nb: 0\ny: 2\n' });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'v1.1.0');
    expect(r.files.find((f) => f.path === 'new.yml')).toMatchObject({
      outcome: 'merged',
      from: 'old.yml'
    });
    expect(existsSync(join(ws, 'old.yml'))).toBe(false);
    expect(read(ws, 'new.yml')).toBe('x: 10\na: 0\nb: 0\ny: 3\n');
  });

  it('changed answers re-render and keep the local edit (copier scenario 3)', async () => {
    const t =
      'My name is {{ name }}.\nMy project is {{ project }}.\n\nThanks for your attention.\n';
    const files = {
      'templates/hub/template.yml': definition(
        { name: 'Guybrush', project: 'to become a pirate' },
        { 'README.txt': 't/r' }
      ),
      't/r': t
    };
    const hub = hubRepo([{ tag: 'v1.0.0', files }]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, { 'README.txt': read(ws, 'README.txt').replace('attention', 'grog') });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'v1.0.0', { name: 'Largo LaGrande', project: 'to steal a lot' });
    expect(r.answersChanged).toEqual(['name', 'project']);
    expect(read(ws, 'README.txt')).toBe(
      'My name is Largo LaGrande.\nMy project is to steal a lot.\n\nThanks for your grog.\n'
    );
    expect(readLock(ws).answers).toEqual({ name: 'Largo LaGrande', project: 'to steal a lot' });
  });

  it('a new question and a changed answer conflict with a local edit (copier scenario 6)', async () => {
    const t1 = "aaa\n{% if b == 'true' %}\nbbb\n{% endif %}\nzzz\n";
    const t2 =
      "aaa\n{% if b == 'true' %}\nbbb\n{% endif %}\n{% if c == 'true' %}\nccc\n{% endif %}\nzzz\n";
    const hub = hubRepo([
      {
        tag: 'v1.0.0',
        files: {
          'templates/hub/template.yml': definition({ b: 'false' }, { content: 't/c' }),
          't/c': t1
        }
      },
      {
        tag: 'v2.0.0',
        files: {
          'templates/hub/template.yml': definition({ b: 'false', c: 'false' }, { content: 't/c' }),
          't/c': t2
        }
      }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0', { b: 'true' });
    expect(read(ws, 'content')).toBe('aaa\nbbb\nzzz\n');
    writeFiles(ws, { content: 'aaa\nbbb\njjj\nzzz\n' });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'v2.0.0', { c: 'true' });
    expect(outcome(r, 'content')).toBe('conflicted');
    expect(read(ws, 'content')).toBe(
      'aaa\nbbb\n<<<<<<< before updating\njjj\n||||||| last update\n=======\nccc\n>>>>>>> after updating\nzzz\n'
    );
  });

  it('v1.0 → v1.2 in one step: the v1.0 render is the base', async () => {
    const hub = simpleHub([
      { tag: 'v1.0.0', a: 'l1\nl2\nl3\nl4\nl5\n' },
      { tag: 'v1.1.0', a: 'l1 (1.1)\nl2\nl3\nl4\nl5\n' },
      { tag: 'v1.2.0', a: 'l1 (1.1)\nl2\nl3\nl4\nl5 (1.2)\n' }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, { 'a.txt': 'l1\nl2\nl3 local\nl4\nl5\n' });
    commitAll(ws, 'local');
    const r = update(ws, hub, 'v1.2.0');
    expect(r.from.version).toBe('v1.0.0');
    expect(outcome(r, 'a.txt')).toBe('merged');
    expect(read(ws, 'a.txt')).toBe('l1 (1.1)\nl2\nl3 local\nl4\nl5 (1.2)\n');
  });

  it('the hub pins in the repository’s own workflows move with the release', async () => {
    const hub = simpleHub([
      { tag: 'v1.0.0', a: 'a\n' },
      { tag: 'v1.1.0', a: 'a\n' }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    const v1 = git(hub, 'rev-parse', 'v1.0.0').trim();
    const v2 = git(hub, 'rev-parse', 'v1.1.0').trim();
    writeFiles(ws, {
      '.github/workflows/own.yml': `jobs:\n  a:\n    uses: acme/hub/.github/workflows/release.yml@${v1} # v1.0.0\n  b:\n    uses: other/hub/x.yml@${v1} # v1.0.0\n`
    });
    commitAll(ws, 'own workflow');
    const r = update(ws, hub, 'v1.1.0');
    expect(r.pins).toEqual([
      {
        file: '.github/workflows/own.yml',
        line: 3,
        from: `uses: acme/hub/.github/workflows/release.yml@${v1} # v1.0.0`,
        to: `uses: acme/hub/.github/workflows/release.yml@${v2} # v1.1.0`
      }
    ]);
    expect(read(ws, '.github/workflows/own.yml')).toContain(`other/hub/x.yml@${v1} # v1.0.0`);
  });

  it('a missing lock, or a lock naming a blob the repository lacks: error, nothing overwritten', async () => {
    const hub = simpleHub([
      { tag: 'v1.0.0', a: 'one\n' },
      { tag: 'v1.1.0', a: 'two\n' }
    ]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, { 'a.txt': 'mine\n' });
    const lock = read(ws, LOCK_FILE);
    rmSync(join(ws, LOCK_FILE));
    expect(() => update(ws, hub, 'v1.1.0')).toThrow(
      /template\.lock\.json does not exist.*nothing is overwritten/
    );
    const forged = lock.replace(/"blob": "[0-9a-f]{40}"/, `"blob": "${'0'.repeat(40)}"`);
    writeFileSync(join(ws, LOCK_FILE), forged);
    expect(() => update(ws, hub, 'v1.1.0')).toThrow(
      /names blob 0{40} as the last render of a\.txt, but this repository does not have it/
    );
    writeFileSync(join(ws, LOCK_FILE), lock.replace('"blob"', '"blob": "x", "blob"'));
    expect(() => update(ws, hub, 'v1.1.0')).toThrow(/duplicate key "blob"/);
    expect(read(ws, 'a.txt')).toBe('mine\n');
  });

  it('the renders stay reachable under refs/ci-intel/renders', async () => {
    const hub = simpleHub([{ tag: 'v1.0.0', a: 'one\n' }]);
    const ws = downstream();
    await init(ws, hub, 'v1.0.0');
    writeFiles(ws, { 'a.txt': 'edited before the first commit\n' });
    commitAll(ws, 'edit');
    git(ws, 'gc', '--prune=now', '-q');
    const blob = readLock(ws).files['a.txt'].blob;
    expect(git(ws, 'cat-file', 'blob', blob)).toBe('one\n');
    expect(git(ws, 'ls-tree', '-r', 'refs/ci-intel/renders', '--name-only').trim()).toBe('a.txt');
  });
});
