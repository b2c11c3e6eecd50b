/**
 * The report readers on the real reports in ../shared/vectors/telemetry (JUnit from jest-junit,
 * pytest, go-junit-report and Surefire; lcov and Cobertura; mutation-testing-elements reports),
 * and on hostile or broken documents: entity bombs, truncated XML, inconsistent counters.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { GateError } from '../../src/core/errors.js';
import {
  coberturaCounts,
  coverageFractions,
  lcovCounts,
  readCoverageFile
} from '../../src/telemetry/coverage.js';
import { junitTotals, readJUnitFile, sumJUnit } from '../../src/telemetry/junit.js';
import { mutationReport, readMutationReport } from '../../src/telemetry/mutation.js';
import { scanXml } from '../../src/telemetry/xml.js';
import { describeWithShared, SHARED } from '../helpers/shared.js';

const V = join(SHARED, 'vectors', 'telemetry');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'ci-intel-pr-reports-'));

describeWithShared('JUnit vectors', () => {
  const junit = (f: string) => readJUnitFile(join(V, 'junit', f), f);
  // [file, total, failed, skipped, flaky, duration_ms]; counts from the <testcase> elements.
  const expected: [string, number, number, number, number, number][] = [
    ['go-junit-report-001.xml', 5, 1, 2, 0, 461],
    ['go-junit-report-005-no-header.xml', 2, 0, 0, 0, 160],
    ['go-junit-report-030.xml', 17, 9, 0, 0, 1],
    ['go-junit-report-104-race.xml', 1, 1, 0, 0, 5],
    ['jest-empty-testsuite.xml', 0, 0, 0, 0, 486],
    ['jest-junit.dorny.xml', 6, 4, 1, 0, 568],
    ['jest-junit.enricomi.xml', 2, 0, 0, 0, 566],
    ['pytest-horovod-fail.xml', 5, 1, 1, 0, 2481],
    ['pytest-mpi-integration.xml', 3, 0, 0, 0, 15583],
    ['pytest.dorny.xml', 10, 2, 2, 0, 19],
    ['surefire-AllOkTest.xml', 1, 0, 0, 0, 27],
    ['surefire-CalcUtilsTest.xml', 2, 2, 0, 0, 1],
    ['surefire-flaky.xml', 1, 0, 0, 1, 683]
  ];
  it.each(expected)('%s', (file, total, failed, skipped, flaky, ms) => {
    const r = junit(file);
    expect([r.total, r.failed, r.skipped, r.flaky, r.durationMs]).toEqual([
      total,
      failed,
      skipped,
      flaky,
      ms
    ]);
  });

  it('agrees with the tests=/failures= the tools wrote on their roots, where they wrote them', () => {
    for (const [file] of expected) {
      const text = readFileSync(join(V, 'junit', file), 'utf8');
      const root = /<testsuites?\b[^>]*>/.exec(text)?.[0] ?? '';
      const tests = /\btests="(\d+)"/.exec(root)?.[1];
      const failures = /\bfailures="(\d+)"/.exec(root)?.[1];
      const r = junit(file);
      if (tests !== undefined && file !== 'pytest.dorny.xml')
        expect([file, r.total]).toEqual([file, Number(tests)]);
      if (failures !== undefined && file !== 'pytest.dorny.xml')
        expect([file, r.failed]).toEqual([file, Number(failures)]);
    }
  });

  it("reports pytest's subtest count (tests=15 over 10 test cases) instead of trusting it", () => {
    expect(junit('pytest.dorny.xml').mismatches).toEqual([
      `suite 'pytest' declares tests="15" and holds 10 test cases`
    ]);
  });

  it('counts a Surefire flakyFailure as a pass on rerun, not a failure', () => {
    const r = junit('surefire-flaky.xml');
    expect([r.failed, r.flaky]).toEqual([0, 1]);
  });

  it('sums several reports', () => {
    const s = sumJUnit(expected.map(([f]) => junit(f)));
    expect([s.total, s.failed, s.skipped, s.flaky]).toEqual([55, 20, 6, 1]);
  });
});

describe('JUnit flavours and hostile XML', () => {
  const parse = (xml: string) => junitTotals(xml, 'test.xml');

  it('reads nested suites, <disabled>, errors and Surefire reruns', () => {
    const r = parse(`<testsuites><testsuite name="a"><testsuite name="b" time="1.5">
      <testcase name="x"><error message="boom"/></testcase>
      <testcase name="y"><disabled/></testcase>
      <testcase name="z"><rerunFailure/><failure/></testcase>
      <testcase name="w"><flakyError/></testcase>
    </testsuite></testsuite></testsuites>`);
    expect([r.total, r.failed, r.skipped, r.flaky, r.durationMs]).toEqual([4, 2, 1, 1, 1500]);
  });

  it('refuses a document that declares entities (billion laughs) at once', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [<!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`
      ),
      ']>',
      '<testsuite><testcase name="&lol9;"/></testsuite>'
    ].join('\n');
    const t0 = performance.now();
    expect(() => parse(lol)).toThrow(/declares XML entities/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('refuses truncated and non-JUnit XML with the line', () => {
    expect(() => parse('<testsuites><testsuite name="a"><testcase name="x">')).toThrow(
      /not well-formed XML/
    );
    expect(() => parse('<html><body/></html>')).toThrow(/root element is <html>/);
    expect(() => parse('not xml at all')).toThrow(GateError);
  });

  it('expands only the predefined entities and character references', () => {
    let name: string | undefined;
    scanXml('<testsuite name="a &amp; b &#65;"/>', 't.xml', { open: (_n, a) => (name = a.name) });
    expect(name).toBe('a & b A');
    expect(() => scanXml('<testsuite name="&nbsp;"/>', 't.xml', { open: () => undefined })).toThrow(
      /undefined entity/
    );
  });

  it('streams a large report in bounded memory and time', () => {
    const n = 200_000;
    const xml = `<testsuites><testsuite name="big">${'<testcase name="t" time="0.001"/>'.repeat(n)}</testsuite></testsuites>`;
    const t0 = performance.now();
    const r = parse(xml);
    expect([r.total, r.durationMs]).toEqual([n, n]); // 1 ms each, the suite has no time=
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('refuses elements nested without end', () => {
    expect(() =>
      parse(`<testsuites>${'<x>'.repeat(300)}${'</x>'.repeat(300)}</testsuites>`)
    ).toThrow(/nested more than 256 deep/);
  });

  it('refuses a FIFO, a folder or a huge file through the one file reader', () => {
    const dir = tmp();
    expect(() => readJUnitFile(dir)).toThrow(/not a regular file/);
  });
});

describeWithShared('coverage vectors', () => {
  const cov = (f: string) => readCoverageFile(join(V, 'coverage', f), f);

  it('coverage.py 4.0.3 Cobertura: lines from the <line> elements, no branch measurement', () => {
    const r = cov('cobertura-coverage.py-4.0.3.xml');
    expect(r).toMatchObject({
      format: 'cobertura',
      linesValid: 10,
      linesCovered: 9,
      branchesValid: 0
    });
    // branch-rate="0" there means "not measured": no branches_pct, never 0 %.
    expect(coverageFractions([r])).toEqual({ lines_pct: 0.9 });
  });

  it('coverage.py 7.6.1 Cobertura with branches: the root counters', () => {
    const r = cov('cobertura-coverage.py-7.6.1-branches.xml');
    expect(r).toMatchObject({
      linesValid: 6,
      linesCovered: 5,
      branchesValid: 9,
      branchesCovered: 4
    });
    expect(coverageFractions([r])).toEqual({ lines_pct: 0.833333, branches_pct: 0.444444 });
  });

  it('the same from the condition-coverage of the lines when the root has no counters', () => {
    const text = readFileSync(
      join(V, 'coverage', 'cobertura-coverage.py-7.6.1-branches.xml'),
      'utf8'
    ).replace(/ (lines|branches)-(covered|valid)="\d+"/g, '');
    expect(coberturaCounts(text, 'x.xml')).toMatchObject({
      linesValid: 6,
      linesCovered: 5,
      branchesValid: 9,
      branchesCovered: 4
    });
  });

  it.each(['lcov-js.lcov', 'lcov-base-path.lcov'])(
    '%s: LF/LH and BRF/BRH summed over records',
    (f) => {
      const r = cov(f);
      expect(r).toMatchObject({
        format: 'lcov',
        linesValid: 17,
        linesCovered: 16,
        branchesValid: 8,
        branchesCovered: 7
      });
      expect(coverageFractions([r])).toEqual({ lines_pct: 0.941176, branches_pct: 0.875 });
    }
  );

  it('sums several reports by their counts, never by averaging rates', () => {
    const all = coverageFractions([cov('lcov-js.lcov'), cov('cobertura-coverage.py-4.0.3.xml')]);
    expect(all).toEqual({ lines_pct: Math.round((25 / 27) * 1e6) / 1e6, branches_pct: 0.875 });
  });
});

describe('broken coverage reports', () => {
  it('counts DA/BRDA when a tool leaves out LF/LH/BRF/BRH', () => {
    const r = lcovCounts(
      'SF:a.js\nDA:1,1\nDA:2,0\nDA:3,18446744073709551615\nBRDA:1,0,0,1\nBRDA:1,0,1,-\nend_of_record\n',
      'a'
    );
    expect(r).toMatchObject({
      linesValid: 3,
      linesCovered: 2,
      branchesValid: 2,
      branchesCovered: 1
    });
  });
  it('refuses a truncated tracefile, more hits than lines, and garbage', () => {
    expect(() => lcovCounts('SF:a.js\nLF:2\nLH:1\n', 'a')).toThrow(/no end_of_record/);
    expect(() => lcovCounts('SF:a.js\nLF:2\nLH:3\nend_of_record\n', 'a')).toThrow(
      /more lines or branches hit/
    );
    expect(() => lcovCounts('hello world\n', 'a')).toThrow(/not an lcov record line/);
    expect(() => lcovCounts('TN:\n', 'a')).toThrow(/no lcov record/);
    expect(() => coberturaCounts('<report/>', 'a')).toThrow(/not a Cobertura report/);
    expect(() => coberturaCounts('<coverage lines-valid="x" lines-covered="1"/>', 'a')).toThrow(
      /not a whole number/
    );
  });
});

describeWithShared('mutation-testing-elements vectors', () => {
  const S = join(V, 'stryker');
  const report = (f: string) => readMutationReport(join(S, f), f);

  // [file, mutants_total, killed, equiv, timeout, score]; score = killed / max(1, total - equiv).
  it.each([
    ['svelte-example.mutation.json', 25, 13, 0, 3, 0.52],
    ['infection-php.mutation.json', 13, 7, 0, 0, 0.538462],
    ['simple-example.mutation.json', 3, 1, 0, 0, 0.333333],
    ['strict-report-v2.mutation.json', 1, 0, 0, 0, 0]
  ] as const)('%s', (f, total, killed, equiv, timeout, score) => {
    expect(report(f).resilience).toEqual({
      mutants_total: total,
      killed,
      equiv,
      timeout,
      score,
      equivalent_mutants_dropped: false
    });
  });

  it("keeps StrykerJS's own score ((killed + timeout) / valid) beside the dictionary's", () => {
    expect(report('svelte-example.mutation.json').strykerScore).toBe(0.64);
    expect(report('strict-report-v2.mutation.json').statuses.Pending).toBe(1);
  });

  it('refuses the thresholds.high = 101 report, naming the field', () => {
    expect(() => report('invalid-threshold-too-high.mutation.json')).toThrow(
      '/thresholds/high must be a number from 0 to 100 (is 101)'
    );
  });

  it('agrees with the report schema itself on every vector (lenient only on schemaVersion)', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
      addFormatsModule) as unknown as (a: Ajv) => Ajv;
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(S, 'mutation-testing-report-schema.json'), 'utf8')) as object
    );
    for (const f of [
      'svelte-example.mutation.json',
      'infection-php.mutation.json',
      'strict-report-v2.mutation.json',
      'invalid-threshold-too-high.mutation.json',
      'simple-example.mutation.json'
    ]) {
      const doc = JSON.parse(readFileSync(join(S, f), 'utf8')) as unknown;
      let ours = true;
      try {
        mutationReport(doc, f);
      } catch {
        ours = false;
      }
      const theirs = validate(doc);
      // Lenient on schemaVersion only: the demo report omits it, Infection writes it as a number.
      const missingVersionOnly =
        !theirs &&
        validate.errors?.every(
          (e) =>
            e.instancePath === '/schemaVersion' ||
            (e.params as { missingProperty?: string }).missingProperty === 'schemaVersion'
        );
      expect([f, ours]).toEqual([f, theirs || missingVersionOnly === true]);
    }
  });

  it('refuses unknown statuses, missing locations and non-objects', () => {
    const base = JSON.parse(readFileSync(join(S, 'simple-example.mutation.json'), 'utf8')) as {
      files: Record<string, { mutants: Record<string, unknown>[] }>;
    };
    const bad =
      (edit: (d: typeof base) => void): (() => unknown) =>
      () => {
        const d = structuredClone(base);
        edit(d);
        return mutationReport(d, 'm.json');
      };
    expect(bad((d) => (d.files['test.js'].mutants[0].status = 'Exploded'))).toThrow(
      /status must be one of/
    );
    expect(bad((d) => delete d.files['test.js'].mutants[0].location)).toThrow(
      /location is required/
    );
    expect(
      bad(
        (d) =>
          ((d.files['test.js'].mutants[0].location as { start: { line: number } }).start.line = 0)
      )
    ).toThrow(/whole number ≥ 1/);
    expect(() => mutationReport([], 'm.json')).toThrow(/must be a JSON object/);
    const dir = tmp();
    writeFileSync(join(dir, 'dup.json'), '{"thresholds":{"high":80,"high":90,"low":1},"files":{}}');
    expect(() => readMutationReport(join(dir, 'dup.json'))).toThrow(/high/);
  });

  it('counts Ignored mutants as equivalent and drops them from the denominator', () => {
    const d = JSON.parse(readFileSync(join(S, 'simple-example.mutation.json'), 'utf8')) as {
      files: Record<string, { mutants: { status: string }[] }>;
    };
    d.files['test.js'].mutants[0].status = 'Ignored';
    d.files['test.js'].mutants[1].status = 'CompileError';
    expect(mutationReport(d, 'm.json').resilience).toEqual({
      mutants_total: 2,
      killed: 1,
      equiv: 1,
      timeout: 0,
      score: 1,
      equivalent_mutants_dropped: true
    });
  });
});
