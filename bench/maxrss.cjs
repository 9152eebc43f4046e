// Preloaded into a benchmarked child process: reports its peak resident memory (getrusage, KB) at exit.
'use strict';
process.on('exit', () => process.stderr.write(`\nmaxrss=${process.resourceUsage().maxRSS}\n`));
