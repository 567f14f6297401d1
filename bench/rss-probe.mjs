// Loaded with --import by bench/run.ts: prints the process's peak resident
// set size (kB) and its CPU time (µs, user + system, every thread) on exit,
// on a line of its own, to standard error.
//
// The peak is VmHWM from /proc/self/status, the high-water mark of this
// process's own memory (worker threads included). getrusage's maxRSS is not:
// Linux carries it over from the parent through fork and exec, so a floor
// spawned by a bench process holding 150 MB reported 150 MB, whatever it used
// itself. Elsewhere (no /proc) maxRSS is all there is.
import { readFileSync } from 'node:fs';

function peakKb() {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nBENCH_MAXRSS_KB=${peakKb()} BENCH_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
