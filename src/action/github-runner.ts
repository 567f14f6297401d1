/**
 * The runner's side of a JavaScript action, as GitHub's toolkit (@actions/core)
 * implements it: inputs from INPUT_* variables, outputs appended to the
 * GITHUB_OUTPUT file with a random heredoc delimiter.
 */
import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';

/** @actions/core getInput: INPUT_<NAME> (spaces → `_`, upper case; `-` stays), trimmed; '' when unset. */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** @actions/core getMultilineInput: one value per non-empty line. */
export function getMultilineInput(env: NodeJS.ProcessEnv, name: string): string[] {
  return getInput(env, name).split('\n').map((line) => line.trim()).filter((line) => line !== '');
}

/** @actions/core prepareKeyValueMessage: `name<<delimiter`, the value, the delimiter. */
export function keyValueMessage(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`unexpected input: the output ${name} contains the delimiter ${delimiter}`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

/** Appends outputs to the GITHUB_OUTPUT file (no-op when the variable is unset). */
export async function setOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): Promise<void> {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const text = Object.entries(outputs).map(([name, value]) => `${keyValueMessage(name, value)}${EOL}`).join('');
  await appendFile(file, text, { encoding: 'utf8' });
}
