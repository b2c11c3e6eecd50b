/**
 * The 1,043 real workflow files of ../shared/corpora/workflows: every one gets a verdict without a
 * crash, and our trigger reading agrees with GitHub's own parser (@actions/workflow-parser).
 */
import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWorkflow } from '../../src/workflows/workflow.js';
import { describeWithShared, SHARED, whenShared } from '../helpers/shared.js';
import '../helpers/yaml-library.js';

const DIR = join(SHARED, 'corpora', 'workflows');
const FILES = whenShared(
  () =>
    readdirSync(DIR)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort(),
  []
);

interface Official {
  events?: string[];
  errors: string[];
  threw?: string;
}

async function official(name: string, content: string): Promise<Official> {
  const wp = await import('@actions/workflow-parser');
  const { ErrorPolicy } = await import('@actions/workflow-parser/model/convert');
  try {
    const r = wp.parseWorkflow({ name, content }, new wp.NoOperationTraceWriter());
    const errors = r.context.errors.getErrors().map((e: { message: string }) => e.message);
    if (!r.value) return { errors };
    const tpl = await wp.convertWorkflowTemplate(r.context, r.value, undefined, {
      errorPolicy: ErrorPolicy.TryConversion
    });
    return { events: Object.keys(tpl.events ?? {}), errors };
  } catch (err) {
    return { errors: [], threw: String(err) };
  }
}

/** Errors that mean GitHub would not load the YAML at all (not mere schema complaints). */
const YAML_LEVEL = /already defined|'<<'|document|YAML|Unexpected value 'on'|is not a|expected/i;

describeWithShared('real-world corpus', () => {
  it('has the 1,043 files', () => {
    expect(FILES.length).toBe(1043);
  });

  it('reads triggers exactly as GitHub’s parser does, and never passes what it cannot read', async () => {
    const mismatches: string[] = [];
    let agreed = 0;
    let prt = 0;
    let ourErrors = 0;
    for (const f of FILES) {
      const text = readFileSync(join(DIR, f), 'utf8');
      const ours = parseWorkflow(f, text);
      const ref = await official(f, text);
      if (!ours.ok) {
        ourErrors++;
        // We refuse only what GitHub's parser also refuses (YAML-level problems) or throws on.
        if (!ref.threw && !ref.errors.some((e) => YAML_LEVEL.test(e)) && ref.events?.length) {
          mismatches.push(
            `${f}: we refuse (${ours.problem.message}) but GitHub reads ${ref.events?.join(',')}`
          );
        }
        continue;
      }
      const mine = [...new Set(ours.workflow.triggers.map((t) => t.event))].sort();
      if (mine.includes('pull_request_target')) prt++;
      if (ref.threw) {
        mismatches.push(`${f}: GitHub's parser throws (${ref.threw}) but we read it`);
        continue;
      }
      const theirs = [...new Set(ref.events ?? [])].sort();
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
        mismatches.push(`${f}: ours ${mine.join(',')} vs GitHub ${theirs.join(',')}`);
      } else agreed++;
    }
    console.log(
      `corpus: ${agreed} agree, ${prt} use pull_request_target, ${ourErrors} refused, mismatches:\n${mismatches.join('\n')}`
    );
    expect(mismatches).toEqual([]);
  }, 120_000);
});

describeWithShared('pr-target-ban over the whole corpus', () => {
  it('gives every file a verdict without a crash', async () => {
    const { prTargetBan } = await import('../../src/gates/pr-target-ban/index.js');
    const { runGate } = await import('../../src/core/run-gate.js');
    const { testContext } = await import('../helpers/temp-repo.js');
    const r = await runGate(
      prTargetBan,
      { workflows: '.', allowlist: 'none.yml' },
      testContext(DIR)
    );
    const ev = r.evidence as {
      workflows: { file: string; banned: string[] }[];
      invalid: { file: string; message: string }[];
    };
    // Every file is read once: either modelled or reported unreadable.
    const unreadable = ev.invalid.filter((i) => !/^job '[^']+' calls /.test(i.message));
    expect(ev.workflows.length + unreadable.length).toBe(FILES.length);
    expect(unreadable.length).toBe(38);
    // Privileged workflows that call a local reusable workflow the flat corpus does not hold:
    // what that callee runs under the privileged trigger is unknown, so they cannot pass.
    const calls = ev.invalid.filter((i) => /^job '[^']+' calls /.test(i.message));
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) {
      expect(ev.workflows.find((w) => w.file === c.file)?.banned.length).toBeGreaterThan(0);
      expect(c.message).toMatch(/does not exist/);
    }
    expect(ev.workflows.filter((w) => w.banned.length).length).toBe(69);
    expect(r.verdict).toBe('error'); // the corpus holds files GitHub itself rejects
    expect(r.findings.filter((f) => f.rule === 'gate/error')).toEqual([]);
  }, 120_000);
});
