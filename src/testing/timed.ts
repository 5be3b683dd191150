import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Timing whole commands for the benchmarks (bench/startup.ts): a command
// that fails, or prints something other than what it should, is an error,
// never a fast time.

/** A timed command that did not do what it should; the benchmark stops on it. */
export class BenchFailure extends Error {}

export interface Timing {
  /** Best wall time, ms. */
  wall: number;
  /** Best CPU time of the process (user + system), ms; NaN where GNU time is not installed. */
  cpu: number;
  /** Mean wall and CPU times of the runs, ms (on a shared machine the mean says what a user meets, the best what the code costs). */
  wallMean: number;
  cpuMean: number;
}

/** GNU time, which reports a child's CPU time (Node 20's spawnSync does not). */
export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs `cmd` `runs` times and returns its best and mean wall and CPU times. Throws a
 * BenchFailure when a run cannot start, is killed, exits with a status other
 * than 0, or when `check(stdout)` names a problem with what it printed.
 */
export function bestOf(runs: number, cmd: string[], check: (stdout: string) => string | undefined, time: string | null = GNU_TIME ?? null): Timing {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-timed-'));
  const timeFile = join(dir, 'time.txt');
  const label = cmd.slice(1).join(' ');
  let wall = Infinity, cpu = Infinity, wallSum = 0, cpuSum = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = time
        ? spawnSync(time, ['-o', timeFile, '-f', '%U %S', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 28 })
        : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
      const ms = performance.now() - t0;
      const said = (r.stderr ?? '').trim().split('\n').slice(-5).join('\n');
      if (r.error) throw new BenchFailure(`${label}: could not run (${r.error.message})`);
      if (r.signal) throw new BenchFailure(`${label}: killed by ${r.signal}\n${said}`);
      if (r.status !== 0) throw new BenchFailure(`${label}: exit status ${r.status}${time && r.status === 127 ? ' (or the command was not found)' : ''}\n${said}`);
      const problem = check(r.stdout);
      if (problem) throw new BenchFailure(`${label}: ${problem}\n${said}`);
      wall = Math.min(wall, ms);
      wallSum += ms;
      if (time) {
        // GNU time writes the format on the last line (after "Command exited with ..." where it failed).
        const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const m = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(last);
        if (!m) throw new BenchFailure(`${label}: no CPU time from ${time} ("${last}")`);
        const used = (Number(m[1]) + Number(m[2])) * 1000;
        cpu = Math.min(cpu, used);
        cpuSum += used;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { wall, cpu: time ? cpu : NaN, wallMean: wallSum / runs, cpuMean: time ? cpuSum / runs : NaN };
}

/** Files under `dir` (recursively) whose name passes `keep`, with their modification times. */
function newest(dir: string, keep: (name: string) => boolean): { path: string; mtime: number } | undefined {
  let best: { path: string; mtime: number } | undefined;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    const found = s.isDirectory() ? newest(p, keep) : keep(name) ? { path: p, mtime: s.mtimeMs } : undefined;
    if (found && (!best || found.mtime > best.mtime)) best = found;
  }
  return best;
}

/**
 * Why the built CLI under `root` cannot be timed as the current code (not
 * built, a source file changed after the build, no current bundle), or
 * undefined.
 */
export function staleBuild(root: string): string | undefined {
  const built = join(root, 'dist/cli/main.js');
  if (!existsSync(built)) return 'dist/ is not built: run `npm run build` first';
  const source = newest(join(root, 'src'), (n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
  if (source && source.mtime > statSync(built).mtimeMs) return `${source.path.slice(root.length + 1)} changed after the build: run \`npm run build\` first`;
  // bin/nexus.js runs the bundle only when it is current (src/cli/launch.ts): the compiled modules are not what a user runs.
  const bundle = join(root, 'dist/bundle/nexus.cjs');
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < statSync(built).mtimeMs) return 'dist/bundle/nexus.cjs is missing or older than dist/cli: run `npm run build` first';
  return undefined;
}
