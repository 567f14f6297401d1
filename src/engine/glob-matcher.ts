/**
 * picomatch's matcher (`dot: true`, as everywhere in calico-lint) for the globs
 * of a configuration, without compiling the commonest one: a literal folder
 * and `/**` (`clusters/prod-a/**`, one per cluster). picomatch parses each
 * glob into a regular expression: 24 cluster globs cost some 10 ms of every
 * run (issue 23), for a test that is a string comparison.
 *
 * Exact, checked against picomatch on random globs and paths
 * (test/glob-matcher.test.ts): for such a glob picomatch matches the folder
 * itself and every path below it none of whose segments is `.` or `..` (empty
 * segments and a trailing `/` included). A folder is literal when its
 * segments are made of letters, digits, `_`, `-` and `.` and none is `.` or
 * `..`; any other glob goes to picomatch, with the others when one does.
 */
import picomatch from 'picomatch';

const LITERAL_FOLDER_AND_BELOW = /^((?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_.-]+)\/\*\*$/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)/;

export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const folders = globs.map((glob) => LITERAL_FOLDER_AND_BELOW.exec(glob)?.[1]);
  if (folders.some((folder) => folder === undefined || folder.split('/').some((segment) => segment === '.' || segment === '..'))) {
    return picomatch([...globs], { dot: true });
  }
  const literal = folders as string[];
  return (path) => literal.some((folder) => path === folder || (path.startsWith(`${folder}/`) && !DOT_SEGMENT.test(path.slice(folder.length))));
}
