// Loaded with --import by bench/run.ts: prints the process's peak resident
// set size (kB) and its CPU time (µs, user + system, every thread) on exit,
// on a line of its own, to standard error.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\nBENCH_MAXRSS_KB=${usage.maxRSS} BENCH_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
