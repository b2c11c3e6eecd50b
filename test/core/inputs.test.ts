import { describe, expect, it } from '@jest/globals';
import { parseActionSpec } from '../../src/core/action-spec.js';
import { parseDuration, formatDuration } from '../../src/core/duration.js';
import { InputError } from '../../src/core/errors.js';
import { parseInputs, splitList } from '../../src/core/inputs.js';

const SPEC = parseActionSpec(
  'demo',
  `
name: demo
description: a demo gate
inputs:
  image: { description: 'the image', required: true }
  paths: { description: 'files', type: list, default: "a.yml\\nb.yml" }
  strict: { description: 'be strict', type: boolean, default: 'true' }
  retries: { description: 'how many', type: number, default: '3', min: 0, max: 10, integer: true }
  max-age: { description: 'age', type: duration, default: 7d, min: 1m, max: 366d }
  password: { description: 'secret', type: secret }
  mode: { description: 'mode', type: choice, options: [enforce, audit], default: enforce }
outputs:
  verdict: { description: 'v' }
runs: { using: node24, main: ../../dist/demo/index.js }
ci-intel:
  level: repository
  permissions: { contents: read }
`
);

describe('action spec', () => {
  it('reads types, options, outputs and hub metadata', () => {
    expect(SPEC.inputs.map((i) => [i.name, i.type])).toEqual([
      ['image', 'string'],
      ['paths', 'list'],
      ['strict', 'boolean'],
      ['retries', 'number'],
      ['max-age', 'duration'],
      ['password', 'secret'],
      ['mode', 'choice']
    ]);
    expect(SPEC.level).toBe('repository');
    expect(SPEC.permissions).toEqual({ contents: 'read' });
    expect(SPEC.outputs[0].name).toBe('verdict');
  });

  it('rejects an unknown input type and a choice without options', () => {
    expect(() =>
      parseActionSpec(
        'x',
        'inputs: { a: { description: d, type: integer } }\nruns: { using: node24 }'
      )
    ).toThrow(/inputs.a.type 'integer'/);
    expect(() =>
      parseActionSpec(
        'x',
        'inputs: { a: { description: d, type: choice } }\nruns: { using: node24 }'
      )
    ).toThrow(/choice without options/);
  });
});

describe('inputs', () => {
  it('applies defaults and converts types', () => {
    const i = parseInputs(SPEC, { image: 'ghcr.io/a/b@sha256:00' });
    expect(i.string('image')).toBe('ghcr.io/a/b@sha256:00');
    expect(i.list('paths')).toEqual(['a.yml', 'b.yml']);
    expect(i.boolean('strict')).toBe(true);
    expect(i.number('retries')).toBe(3);
    expect(i.duration('max-age')).toBe(7 * 86_400_000);
    expect(i.mode).toBe('enforce');
    expect(i.has('password')).toBe(false);
  });

  it('names the input in every error', () => {
    expect(() => parseInputs(SPEC, {})).toThrow(/input 'image': is required \(the image\)/);
    expect(() => parseInputs(SPEC, { image: 'x', strict: 'maybe' })).toThrow(
      /input 'strict': 'maybe' is not a boolean/
    );
    expect(() => parseInputs(SPEC, { image: 'x', retries: 'three' })).toThrow(/input 'retries'/);
    expect(() => parseInputs(SPEC, { image: 'x', 'max-age': 'a week' })).toThrow(
      /input 'max-age': 'a week' is not a duration/
    );
    expect(() => parseInputs(SPEC, { image: 'x', mode: 'block' })).toThrow(
      /input 'mode': 'block' is not one of: enforce, audit/
    );
    expect(() => parseInputs(SPEC, { image: 'x', imgae: 'y' })).toThrow(InputError);
  });

  it('treats an empty value as not given, like the runner does', () => {
    const i = parseInputs(SPEC, { image: 'x', retries: '' });
    expect(i.number('retries')).toBe(3);
  });

  it('keeps secrets out of evidence', () => {
    const i = parseInputs(SPEC, { image: 'x', password: 'hunter2-long' });
    expect(i.secrets()).toEqual(['hunter2-long']);
    expect(JSON.stringify(i.toEvidence())).not.toContain('hunter2');
  });

  it('refuses to read an input the action.yml does not declare', () => {
    const i = parseInputs(SPEC, { image: 'x' });
    expect(() => i.string('nope')).toThrow(/does not declare/);
  });

  it('splits lists on newlines and commas and drops blanks and comments', () => {
    expect(splitList('a, b\n\n# c\n d ,')).toEqual(['a', 'b', 'd']);
  });
});

describe('durations', () => {
  it.each([
    ['90s', 90_000],
    ['36h', 129_600_000],
    ['7d', 604_800_000],
    ['1d12h', 129_600_000],
    ['2w', 1_209_600_000],
    ['P7D', 604_800_000],
    ['PT36H', 129_600_000],
    ['P1DT12H', 129_600_000],
    ['PT0.5S', 500]
  ])('%s', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', '7', 'd7', 'P', 'PT', '7 days', '-1d'])('rejects %j', (text) =>
    expect(parseDuration(text)).toBeUndefined()
  );

  it('formats for people', () => {
    expect(formatDuration(129_600_000)).toBe('1d 12h');
    expect(formatDuration(0)).toBe('0s');
  });
});

describe('expression defaults', () => {
  const spec = parseActionSpec(
    'tok',
    "inputs:\n  token: { description: 'the token', type: secret, default: '${{ github.token }}' }\nruns: { using: node24 }"
  );
  it('are not taken literally outside the runner', () => {
    expect(parseInputs(spec, {}).has('token')).toBe(false);
    expect(parseInputs(spec, { token: 'abcd1234' }).string('token')).toBe('abcd1234');
  });
});
