#!/usr/bin/env node
import { writeStderr, writeStdout } from '../core/std-write.js';
import { cli } from './main.js';

const code = await cli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: writeStdout,
  stderr: writeStderr
});
process.exitCode = code;
