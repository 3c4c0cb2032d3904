#!/usr/bin/env node
// Entry point for `reflect-lens` (package.json "bin") and `npm run cli`. The CLI is written in TypeScript and run
// through tsx's loader, so there is no build step between `npm ci` and a quick check.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
