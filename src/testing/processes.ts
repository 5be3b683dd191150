import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asText, KIVU, numbered } from './corpus.js';
import { COLOMBIA, MYANMAR, SAHEL, SYRIA } from './texts.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** `nexus ARGS` as a separate process, from source. */
export function nexusProcess(args: string[], env?: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/testing/bin.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: env && { ...process.env, ...env } });
}

export function finished(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d) => { out += d; });
  child.stderr?.on('data', (d) => { err += d; });
  return new Promise((r) => child.on('close', (code) => r({ code, out, err })));
}

/**
 * A folder of the project's own texts (eval/own, examples, the test texts,
 * and numbered variants of the Kivu articles): `count` files at most.
 */
export function writeCorpus(dir: string, variants = 20): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const put = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); files.push(p); };
  for (const f of readdirSync(join(ROOT, 'eval/own')).filter((f) => f.endsWith('.txt')).sort()) put(f, readFileSync(join(ROOT, 'eval/own', f), 'utf8'));
  for (const f of readdirSync(join(ROOT, 'examples')).sort()) put(f, readFileSync(join(ROOT, 'examples', f), 'utf8'));
  Object.entries({ SAHEL, SYRIA, COLOMBIA, MYANMAR }).forEach(([k, t]) => put(`${k.toLowerCase()}.txt`, t));
  for (let i = 0; i < variants; i++) put(`kivu-${i}.txt`, asText(numbered(KIVU[i % KIVU.length], i)));
  return files;
}
