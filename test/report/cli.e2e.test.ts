/** `ci-intel report` through the shipped bundle (dist/cli/index.js), as a user or a workflow runs it. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/run-action.js';
import { ndjson, scenario, tempDir, toV11 } from './records.js';

describe('ci-intel report (dist bundle)', () => {
  it('reads a folder of v1.2 and v1.1 records and writes the Markdown, HTML and JSON pages', async () => {
    const dir = tempDir();
    const recs = scenario();
    ndjson(join(dir, 'telemetry'), 'a.ndjson', recs.slice(0, 4));
    ndjson(join(dir, 'telemetry'), 'b.jsonl', [...recs.slice(4).map(toV11), '{"broken":']);
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const r = await runCli(
      [
        'report',
        'telemetry',
        '--html',
        'out.html',
        '--json',
        'out.json',
        '--markdown',
        'out.md',
        '--summary'
      ],
      { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } }
    );
    expect(r.stderr).toContain(
      'ci-intel report: 8 records from 2 files; 8 runs, success rate 57.1%'
    );
    expect(r.stderr).toContain(`1 invalid line left out`);
    expect(r.stderr).toContain(`${join(dir, 'telemetry', 'b.jsonl')}:5: line 5 is not valid JSON`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    const md = readFileSync(join(dir, 'out.md'), 'utf8');
    expect(md).toContain('8 records (4 pipeline_run.v1.2, 4 pipeline_run.v1.1)');
    expect(md).toContain('| 8 | 4 | 2 | 1 | 1 | 57.1% | 10m 00s | 20m 00s | 30 s | 1m 00s |');
    expect(md).toContain(
      '| 2.0 / day (2 successful of 3) | 1h 20m / 2h 15m | 33.3% (1 failed or rolled back) | 1h 05m / 1h 05m |'
    );
    expect(md).toContain('| signature-invalid | 1 |');
    expect(readFileSync(summary, 'utf8')).toBe('# earlier step\n' + md);
    expect(readFileSync(join(dir, 'out.html'), 'utf8')).toMatch(
      /^<!doctype html>[\s\S]*<svg[\s\S]*<\/html>\n$/
    );
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(json.input.invalid).toBe(1);
    expect(json.report.dora.changeFailureRate).toBeCloseTo(1 / 3, 10);
  });

  it('prints the Markdown when no output is named; --strict makes an invalid line fatal', async () => {
    const dir = tempDir();
    const file = ndjson(dir, 'runs.ndjson', [...scenario(), 'nope']);
    const ok = await runCli(['report', file], { cwd: dir });
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toMatch(/^## ci-intel report\n/);
    expect(ok.stdout).toContain('```mermaid\nxychart-beta\n');
    const strict = await runCli(['report', '--strict', file], { cwd: dir });
    expect(strict.exitCode).toBe(2);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain(`ci-intel report: ${file}:9: line 9 is not valid JSON`);
  });

  it('bad usage and unreadable input exit 2 with a message naming them', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['report'], /name the NDJSON files or folders to read/],
      [['report', 'missing.ndjson'], /missing\.ndjson does not exist/],
      [['report', '/dev/null'], /\/dev\/null is a character device, not a regular file/],
      [['report', '--bogus', 'x'], /unknown flag --bogus/],
      [['report', 'x.ndjson', '--html'], /--html needs a file name/],
      [['report', 'x.ndjson', '--html', 'no/such/dir/r.html'], /the folder .* does not exist/],
      [['report', 'x.ndjson', '--summary'], /GITHUB_STEP_SUMMARY is not set/]
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args, { cwd: dir });
      expect(`${args.join(' ')} → ${r.exitCode}`).toBe(`${args.join(' ')} → 2`);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toContain('internal error');
    }
    const help = await runCli(['report', '--help'], { cwd: dir });
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('usage: ci-intel report');
    const main = await runCli(['--help'], { cwd: dir });
    expect(main.stdout).toContain('ci-intel report <ndjson files | folder>');
  });
});
