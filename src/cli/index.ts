#!/usr/bin/env node
import { cli } from './main.js';

const code = await cli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s)
});
process.exitCode = code;
