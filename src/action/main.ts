/**
 * Entry of the GitHub Action: bundled into dist-action/index.js (npm run
 * build:action), which action.yml runs with the runner's Node.js.
 */
import { runAction } from './run-action.js';

process.exitCode = await runAction(process.env, {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
