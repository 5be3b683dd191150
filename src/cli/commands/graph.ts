import type { Command } from 'commander';
import type { Io } from '../io.js';
import { parsePositiveInt } from '../parse.js';
import { resolveActor, withDb, withStore, type StoreOptions } from '../store.js';

export function registerPath(program: Command, io: Io): void {
  withDb(program.command('path'))
    .description('the evidence paths that connect two actors, shortest first, each hop with its quotes and sources (searched from both ends in the store)')
    .argument('<from>', 'any name or alias').argument('<to>', 'any name or alias')
    .option('--limit <n>', 'at most this many paths', parsePositiveInt, 5)
    .option('--max-hops <n>', 'longest path', parsePositiveInt, 5)
    .option('--json', 'print JSON')
    .action(async (fromName: string, toName: string, options: StoreOptions & { limit: number; maxHops: number }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      const { actorGraph, evidencePaths } = await import('../../corpus/index.js');
      await withStore(opts, async (store) => {
        const [from, to] = [await resolveActor(store, fromName), await resolveActor(store, toName)];
        const paths = await store.paths(from.id, to.id, { limit: opts.limit, maxHops: opts.maxHops });
        if (opts.json) { io.out(JSON.stringify(paths, null, 2)); return; }
        if (!paths.length) { io.out(`no path between ${from.name} and ${to.name}`); return; }
        io.out(paths.map((p, i) => [`Path ${i + 1} (${p.hops.length} hop${p.hops.length > 1 ? 's' : ''})`, ...p.hops.map((a) => {
          const q = a.claims[0];
          return `  ${a.subject.name} ${a.predicate} ${a.object.name}  [${a.independentSources} source(s), credibility ${a.credibility.rating}]\n    "${q.quote.text}" (${q.publisher}${q.published ? `, ${q.published}` : ''})`;
        })].join('\n')).join('\n\n'));
      });
    });
}
