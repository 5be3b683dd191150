// Knowledge-base load time, as a command-line run pays it: each run is a
// fresh process that reads, validates and indexes the knowledge base once.
// Prints entries and the best and median wall and CPU milliseconds of the
// load alone (process start and module import excluded).
// Run: npm run bench:kb [-- RUNS [KB_DIR ...]]; several folders are run in turn.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { KB_DIR, loadKnowledgeBase } from '../src/kb/index.js';

if (process.argv[2] === '--once') {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const kb = loadKnowledgeBase({ dir: process.argv[3] });
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ entries: kb.size, wall, cpu: (cpu.user + cpu.system) / 1000 }));
} else {
  const runs = Number(process.argv[2] ?? 9);
  const dirs = process.argv.length > 3 ? process.argv.slice(3) : [KB_DIR];
  const results = new Map(dirs.map((d) => [d, [] as Array<{ entries: number; wall: number; cpu: number }>]));
  const self = fileURLToPath(import.meta.url);
  for (let i = 0; i < runs; i++) {
    for (const dir of dirs) {
      const r = spawnSync(process.execPath, [...process.execArgv, self, '--once', dir], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${dir}: ${r.stderr}`);
      results.get(dir)!.push(JSON.parse(r.stdout));
    }
  }
  const ms = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `best ${s[0].toFixed(0)} ms, median ${s[Math.floor(s.length / 2)].toFixed(0)} ms`;
  };
  for (const [dir, rs] of results) {
    console.log(`${dir}: ${rs[0].entries} entries; wall ${ms(rs.map((r) => r.wall))}; CPU ${ms(rs.map((r) => r.cpu))} (${runs} runs)`);
  }
}
