import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Package runners whose death, not only our parent's, means the user stopped us. */
const RUNNERS = new Set(['npm', 'npx', 'npm-cli.js', 'npx-cli.js', 'yarn', 'yarn.js', 'pnpm', 'pnpm.cjs']);
const MAX_DEPTH = 6;

interface Link { pid: number; ppid: number }

function ppidOf(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces and parentheses: the fields after its last ')' are plain.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function isRunner(pid: number): boolean {
  try {
    // npm sets its title ("npm exec nexus serve"), which replaces its argv: look at the first words either way.
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean).slice(0, 2);
    return argv.some((a) => RUNNERS.has(basename(a)));
  } catch {
    return false;
  }
}

/**
 * The links from this process up to the package runner that started it
 * (`npx nexus serve` runs node under `sh -c` under npm): when npm is killed,
 * the shell lives on, so watching our own parent is not enough. Without a
 * runner among the near ancestors (or without /proc), only our own parent.
 */
export function wrapperChain(self = process.pid, parent = process.ppid): Link[] {
  const chain: Link[] = [{ pid: self, ppid: parent }];
  let pid = parent;
  for (let depth = 0; depth < MAX_DEPTH && pid > 1; depth++) {
    if (isRunner(pid)) return chain;
    const ppid = ppidOf(pid);
    if (ppid === undefined) break;
    chain.push({ pid, ppid });
    pid = ppid;
  }
  return chain.slice(0, 1);
}

/**
 * Calls `onGone` once a process of the wrapper chain is gone or has been
 * handed to another parent (its own died): the wrapper the user ran was
 * stopped. A runner that is itself orphaned (`nohup npx nexus serve &` and
 * the terminal closed) does not count: only the links below it are watched.
 * Returns a function that stops watching.
 */
export function onWrapperGone(onGone: () => void, everyMs = 500): () => void {
  const chain = wrapperChain();
  const timer = setInterval(() => {
    const broken = chain.some((l, i) => (i === 0 ? process.ppid : ppidOf(l.pid)) !== l.ppid);
    if (broken) { clearInterval(timer); onGone(); }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
