#!/usr/bin/env node
import { writeStderr, writeStdout } from '../core/std-write.js';
import { offloadWorkerGate } from '../core/offload.js';
import { GATES } from '../gates/registry.js';
import { cli } from './main.js';

const offloaded = offloadWorkerGate();
if (offloaded !== undefined) {
  // A worker thread of a gate run (src/core/offload.ts): loading the gate runs its task.
  if (Object.hasOwn(GATES, offloaded)) await GATES[offloaded]!();
} else {
  process.exitCode = await cli({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: writeStdout,
    stderr: writeStderr
  });
}
