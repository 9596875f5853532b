// Loaded with `node --import` into each CLI run the benchmark times: on exit, writes the process's
// peak resident memory (all threads) and CPU time to the file named by EXTRACT_BENCH_STATS.
import { writeFileSync } from 'node:fs';

const file = process.env.EXTRACT_BENCH_STATS;
if (file) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, cpuMs: (cpu.user + cpu.system) / 1000 }));
  });
}
