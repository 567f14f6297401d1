// Loaded with --import by bench/run.ts: prints the process's peak resident
// set size (kB) on exit, on a line of its own, to standard error.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
