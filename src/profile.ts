/**
 * CALICO_LINT_PROFILE=1: where a run's wall time goes, printed on standard
 * error when the process exits, for `npm run bench`'s per-phase table. Off,
 * each call tests one constant: nothing is timed, nothing printed.
 *
 * Phases are marks on one clock (performance.now(), from the process's
 * start): `profileMark(name)` ends phase `name`, which began at the previous
 * mark. So `startup` is everything before the pipeline starts (Node, loading
 * modules, the argument parser), and the time after the last mark is
 * `format` (formatting, writing the report, exiting). Parts are timed inside a
 * phase with profileClock/profileAdd and printed beside the phases (read and
 * gate, in this thread, inside `analyze`; the rest of `analyze` is parsing,
 * here and waiting for the worker threads). A phase that runs more than once
 * (--fix) adds up.
 */
const enabled = process.env.CALICO_LINT_PROFILE === '1';

const phases = new Map<string, number>();
const parts = new Map<string, number>();
let last = 0;

/** Ends the phase `name`: the time since the previous mark (or the process's start) is added to it. */
export function profileMark(name: string): void {
  if (!enabled) return;
  const now = performance.now();
  phases.set(name, (phases.get(name) ?? 0) + now - last);
  last = now;
}

/** The clock when profiling (0 otherwise): the start of a part, for profileAdd. */
export function profileClock(): number {
  return enabled ? performance.now() : 0;
}

/** Adds the time since `started` to the part `part` (a share of the current phase); returns the clock, the start of the next part. */
export function profileAdd(part: string, started: number): number {
  if (!enabled) return 0;
  const now = performance.now();
  parts.set(part, (parts.get(part) ?? 0) + now - started);
  return now;
}

if (enabled) {
  process.on('exit', () => {
    profileMark('format');
    const line = (kind: string, entries: Map<string, number>) => [...entries].map(([name, ms]) => `${kind}.${name}=${ms.toFixed(1)}`).join(' ');
    process.stderr.write(`\nCALICO_LINT_PROFILE ${line('phase', phases)} ${line('part', parts)} total=${performance.now().toFixed(1)}\n`);
  });
}
