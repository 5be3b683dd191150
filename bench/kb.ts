// Knowledge-base load time, as a command-line run pays it: each run is a
// fresh process that reads and indexes the bundled knowledge base once
// (trusted, as at start-up: the tests and `npm run kb:check` validate it).
// Prints entries and the best and median wall and CPU milliseconds of the
// load alone (process start and module import excluded).
// Run: npm run bench:kb [-- RUNS]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/kb/index.js';

if (process.argv[2] === '--once') {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const kb = loadKnowledgeBase();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ entries: kb.size, wall, cpu: (cpu.user + cpu.system) / 1000 }));
} else {
  const runs = Number(process.argv[2] ?? 9);
  const self = fileURLToPath(import.meta.url);
  const results: Array<{ entries: number; wall: number; cpu: number }> = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [...process.execArgv, self, '--once'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    results.push(JSON.parse(r.stdout));
  }
  const ms = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `best ${s[0].toFixed(0)} ms, median ${s[Math.floor(s.length / 2)].toFixed(0)} ms`;
  };
  console.log(`${results[0].entries} entries; wall ${ms(results.map((r) => r.wall))}; CPU ${ms(results.map((r) => r.cpu))} (${runs} runs)`);
}
