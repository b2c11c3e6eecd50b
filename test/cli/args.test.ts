/** The CLI's flag rule: a flag that takes a value always takes the next argument. */
import { describe, expect, it } from '@jest/globals';
import { parseActionSpec } from '../../src/core/action-spec.js';
import {
  gateHelp,
  parseCheckArgs,
  parseFlags,
  parseGateArgs,
  UsageError
} from '../../src/cli/args.js';

const SPEC = parseActionSpec(
  'demo',
  `name: 'ci-intel demo'
description: 'A gate for tests.'
inputs:
  verify-key:
    description: 'a PEM key'
    default: ''
  strict:
    description: 'a switch'
    type: boolean
    default: 'false'
  also-deny:
    description: 'a list'
    type: list
    default: ''
  mode:
    description: 'enforce or audit'
    type: choice
    options: [enforce, audit]
    default: enforce
runs:
  using: node24
  main: ../../dist/demo/index.js
`
);

const PEM = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n';

describe('parseGateArgs', () => {
  it('a value that begins with - (a PEM key) is taken as the value', () => {
    const { raw } = parseGateArgs(SPEC, ['--verify-key', PEM, '--mode', 'audit']);
    expect(raw).toEqual({ 'verify-key': PEM, mode: 'audit' });
  });

  it('a value that looks like a flag is still the value (--output --format)', () => {
    const { raw, options } = parseGateArgs(SPEC, [
      '--output',
      '--format',
      '--verify-key',
      '--help'
    ]);
    expect(options.output).toBe('--format');
    expect(options.format).toBe('text');
    expect(options.help).toBe(false);
    expect(raw['verify-key']).toBe('--help');
  });

  it('--flag=value keeps everything after the first =, including = and leading dashes', () => {
    const { raw, options } = parseGateArgs(SPEC, ['--verify-key=--a=b', '--format=sarif']);
    expect(raw['verify-key']).toBe('--a=b');
    expect(options.format).toBe('sarif');
  });

  it('an empty value is a value', () => {
    expect(parseGateArgs(SPEC, ['--verify-key', '']).raw['verify-key']).toBe('');
    expect(parseGateArgs(SPEC, ['--verify-key=']).raw['verify-key']).toBe('');
  });

  it('a boolean alone is true; true/false after it or after = set it; anything else is the next flag', () => {
    expect(parseGateArgs(SPEC, ['--strict']).raw.strict).toBe('true');
    expect(parseGateArgs(SPEC, ['--strict', 'false']).raw.strict).toBe('false');
    expect(parseGateArgs(SPEC, ['--strict=false']).raw.strict).toBe('false');
    expect(parseGateArgs(SPEC, ['--strict', '--mode', 'audit']).raw).toEqual({
      strict: 'true',
      mode: 'audit'
    });
  });

  it('a repeated list flag accumulates lines; a repeated scalar flag keeps the last', () => {
    const { raw } = parseGateArgs(SPEC, [
      '--also-deny',
      'workflow_run',
      '--also-deny=issue_comment',
      '--mode',
      'enforce',
      '--mode',
      'audit'
    ]);
    expect(raw['also-deny']).toBe('workflow_run\nissue_comment');
    expect(raw.mode).toBe('audit');
  });

  it('-h and --help in flag position ask for help', () => {
    expect(parseGateArgs(SPEC, ['--mode', 'audit', '-h']).options.help).toBe(true);
    expect(parseGateArgs(SPEC, ['--help']).options.help).toBe(true);
  });

  it('usage errors: a missing value, an unknown flag, a bare word, a bad --format', () => {
    expect(() => parseGateArgs(SPEC, ['--verify-key'])).toThrow(
      new UsageError('--verify-key needs a value')
    );
    expect(() => parseGateArgs(SPEC, ['--nope', 'x'])).toThrow(
      /demo has no --nope; its inputs are: --verify-key --strict/
    );
    expect(() => parseGateArgs(SPEC, ['stray'])).toThrow(/unexpected argument 'stray'/);
    expect(() => parseGateArgs(SPEC, ['--', 'x'])).toThrow(UsageError);
    expect(() => parseGateArgs(SPEC, ['--format', 'xml'])).toThrow(
      "--format must be one of text, json, sarif, not 'xml'"
    );
  });
});

describe('parseCheckArgs', () => {
  it('takes --format text|json, --output and --workspace with the same rule', () => {
    expect(parseCheckArgs(['--format=json', '--output', '-out.json', '--workspace', 'w'])).toEqual({
      format: 'json',
      output: '-out.json',
      workspace: 'w',
      help: false
    });
    expect(() => parseCheckArgs(['--format', 'sarif'])).toThrow(/one of text, json/);
    expect(() => parseCheckArgs(['--mode', 'audit'])).toThrow(
      /check has no --mode; it takes --format/
    );
  });
});

describe('parseFlags', () => {
  it('reads only the flags it is told about', () => {
    const spec = { values: new Set(['a']), unknown: (n: string) => `no --${n}` };
    expect([...parseFlags(['--a', '-1'], spec).values]).toEqual([['a', '-1']]);
    expect(() => parseFlags(['--b'], spec)).toThrow('no --b');
  });
});

describe('gateHelp', () => {
  it('has one header line naming the gate once', () => {
    const help = gateHelp(SPEC);
    const first = help.split('\n')[0];
    expect(first).toBe('ci-intel demo');
    expect(help.match(/ci-intel demo/g)?.length).toBe(2); // the header and the usage line
    expect(help).toContain('--verify-key <string>');
    expect(help).toContain('--strict <boolean> (default: false)');
  });
});
