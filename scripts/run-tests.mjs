#!/usr/bin/env node
// Runs every test/**/*.test.ts with node:test through tsx. Node 20's runner
// neither expands quoted globs nor fails when it finds no test file, so the
// files are listed here and an empty list is an error.
import { spawnSync } from 'node:child_process';
import { globby } from 'globby';

const files = await globby('test/**/*.test.ts');
if (files.length === 0) {
  console.error('run-tests: no test files found under test/');
  process.exit(1);
}
const extra = process.argv.slice(2);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extra, ...files.sort()], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
