/** Reading NDJSON: every line accounted for, nothing dropped silently, bad input refused clearly. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecords, MAX_SAMPLES } from '../../src/report/load.js';
import { forEachLine, MAX_LINE_BYTES } from '../../src/report/ndjson-lines.js';
import { openDatabase, ReportError } from '../../src/report/sqlite.js';
import { upgradeV11 } from '../../src/report/v1_1.js';
import { pipelineRunProblems } from '../../src/telemetry/record-schema.js';
import { ndjson, run, tempDir, toV11, v11able } from './records.js';

async function load(paths: string[], cwd: string, strict = false) {
  const db = await openDatabase();
  try {
    const stats = loadRecords(db, paths, { cwd, strict });
    const rows = db.prepare('SELECT run_id, schema FROM runs ORDER BY run_id').all();
    return { stats, rows };
  } finally {
    db.close();
  }
}

describe('loading pipeline_run NDJSON', () => {
  it('counts and lists each invalid line with its file, line and problem; loads the rest', async () => {
    const dir = tempDir();
    const good = run();
    const dupe = run();
    const file = ndjson(dir, 'runs.ndjson', [
      good,
      '',
      '{"schema": "pipeline_run.v1.2", "run_id": ',
      '{"a": 1, "a": 2}',
      { ...run(), status: 'green' },
      dupe,
      dupe,
      '   ',
      toV11(run()),
      { ...run(), schema: 'pipeline_run.v9' },
      run({ started_at: '2026-06-30T23:59:60Z' }),
      run({ ended_at: '2025-10-23T12:04:10+0530' }),
      run({ started_at: '2025-10-23T13:00:00Z', ended_at: '2025-10-23T12:00:00Z' }),
      run({ started_at: '2025-10-23t12:00:00z', ended_at: '2025-10-23 13:00:00+01:00' })
    ]);
    const { stats, rows } = await load([file], dir);
    expect(stats.lines).toBe(12);
    expect(stats.records).toBe(4);
    expect(stats.byVersion).toEqual({ 'pipeline_run.v1.2': 3, 'pipeline_run.v1.1': 1 });
    expect(stats.invalid).toBe(8);
    expect(stats.duplicates).toBe(1);
    expect(stats.samples.map((s) => [s.file, s.line])).toEqual([
      [file, 3],
      [file, 4],
      [file, 5],
      [file, 7],
      [file, 10],
      [file, 11],
      [file, 12],
      [file, 13]
    ]);
    expect(stats.samples[0].problem).toMatch(/not valid JSON/);
    expect(stats.samples[1].problem).toMatch(/duplicate key "a"/);
    expect(stats.samples[2].problem).toMatch(/not a valid pipeline_run\.v1\.2 record: .*status/);
    expect(stats.samples[3].problem).toContain(`run_id ${String(dupe.run_id)} was already read`);
    expect(stats.samples[4].problem).toMatch(/pipeline_run\.v9/);
    expect(stats.samples[5].problem).toMatch(
      /^started_at "2026-06-30T23:59:60Z" is a date-time the report cannot place/
    );
    expect(stats.samples[6].problem).toMatch(
      /^ended_at "2025-10-23T12:04:10\+0530" is a date-time/
    );
    expect(stats.samples[7].problem).toBe(
      'ended_at 2025-10-23T12:00:00Z is before started_at 2025-10-23T13:00:00Z'
    );
    expect(rows).toHaveLength(4);
  });

  it('--strict: the first invalid line is fatal and nothing is loaded', async () => {
    const dir = tempDir();
    const file = ndjson(dir, 'runs.ndjson', [run(), '{"status":']);
    await expect(load([file], dir, true)).rejects.toThrow(`${file}:2: line 2 is not valid JSON`);
  });

  it('keeps the first samples only, but counts every invalid line', async () => {
    const dir = tempDir();
    const file = ndjson(dir, 'runs.ndjson', [run(), ...Array.from({ length: 50 }, () => 'nope')]);
    const { stats } = await load([file], dir);
    expect(stats.invalid).toBe(50);
    expect(stats.samples).toHaveLength(MAX_SAMPLES);
  });

  it('a folder stands for its *.ndjson and *.jsonl files, recursively, in a stable order', async () => {
    const dir = tempDir();
    ndjson(join(dir, 'b'), 'two.jsonl', [run()]);
    ndjson(dir, 'one.ndjson', [run(), run()]);
    writeFileSync(join(dir, 'notes.txt'), 'not records\n');
    const { stats } = await load(['.'], dir);
    expect(stats.files).toEqual([join(dir, 'b', 'two.jsonl'), join(dir, 'one.ndjson')]);
    expect(stats.records).toBe(3);
  });

  it('refuses what is not a readable NDJSON file, naming it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    await expect(load([], dir)).rejects.toThrow(/name the NDJSON files or folders/);
    await expect(load(['absent.ndjson'], dir)).rejects.toThrow('absent.ndjson does not exist');
    await expect(load(['empty'], dir)).rejects.toThrow(/holds no \*\.ndjson or \*\.jsonl file/);
    execFileSync('mkfifo', [join(dir, 'pipe.ndjson')]);
    await expect(load(['pipe.ndjson'], dir)).rejects.toThrow(/FIFO/);
    const blank = ndjson(dir, 'blank.ndjson', ['', '']);
    await expect(load([blank], dir)).rejects.toThrow(/no valid pipeline_run record/);
    const bad = ndjson(dir, 'bad.ndjson', ['[1]']);
    const err = await load([bad], dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).help).toMatch(/bad\.ndjson:1: not a valid pipeline_run record/);
  });

  it('a line that is not UTF-8, or longer than the limit, is an invalid line; CRLF and a last line without newline are read', async () => {
    const dir = tempDir();
    const file = join(dir, 'mixed.ndjson');
    const long = JSON.stringify({ ...run(), branch: 'x'.repeat(MAX_LINE_BYTES) });
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(JSON.stringify(run()) + '\r\n'),
        Buffer.from([0xff, 0xfe, 0x0a]),
        Buffer.from(long + '\n'),
        Buffer.from(JSON.stringify(run()))
      ])
    );
    const seen: [number, string | undefined][] = [];
    forEachLine(file, (_text, line, problem) => seen.push([line, problem]));
    expect(seen).toEqual([
      [1, undefined],
      [2, 'the line is not UTF-8 text'],
      [3, `the line is longer than ${MAX_LINE_BYTES} bytes`],
      [4, undefined]
    ]);
    const { stats } = await load([file], dir);
    expect(stats.records).toBe(2);
    expect(stats.invalid).toBe(2);
  });

  it('lines that straddle the 1 MiB read chunks come out whole', async () => {
    const dir = tempDir();
    const recs = Array.from({ length: 1500 }, () => run());
    const file = ndjson(dir, 'big.ndjson', recs);
    const { stats, rows } = await load([file], dir);
    expect(stats.invalid).toBe(0);
    expect(rows).toHaveLength(1500);
  });

  it('v1.1 records are read through the isolated migration call (the v1.2 validator accepts the result)', () => {
    const v12 = v11able(run({ flakiness_index: 0.07 }));
    const v11 = toV11(v12);
    expect(pipelineRunProblems(v11, 'pipeline_run.v1.2').length).toBeGreaterThan(0); // not v1.2
    expect(upgradeV11(v11)).toEqual(v12);
    expect(pipelineRunProblems(upgradeV11(v11))).toEqual([]);
    // a v1.1 record that carries a v1.2-only field is refused by the migration, as one line
    expect(() => upgradeV11({ ...v11, policies: [] })).toThrow(
      /not a valid pipeline_run\.v1\.1 record/
    );
  });

  it('needs Node 22.13 for node:sqlite, and says so', async () => {
    await expect(openDatabase('v20.20.2')).rejects.toThrow(
      'this command needs Node 22.13.0 or newer (its engine is the built-in node:sqlite); this is Node v20.20.2'
    );
    await expect(openDatabase('v22.12.9')).rejects.toThrow(ReportError);
    const db = await openDatabase('v22.13.0');
    db.close();
  });
});
