/**
 * Whether the report is colored: --color / --no-color, then the environment
 * (NO_COLOR, https://no-color.org, over FORCE_COLOR, as the tests of both have
 * always said: a user who asked for no color gets none), then whether
 * standard output is a terminal.
 */
export function colorWanted(flag: boolean | undefined, env: NodeJS.ProcessEnv, terminal: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  // FORCE_COLOR as Node.js and chalk read it: set (even empty) forces colors, except 0 and false.
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return terminal;
}
