import type { Command } from 'commander';
import type { DecisionRecord } from '../../store/index.js';
import type { Io } from '../io.js';
import { parsePositiveInt } from '../parse.js';
import { withDb, withStore, type StoreOptions } from '../store.js';

function line(d: DecisionRecord): string {
  const state = d.undoneAt ? `  (undone ${d.undoneAt.slice(0, 19).replace('T', ' ')})` : d.undoable ? '' : '  (recorded before undo existed)';
  return `${d.id.slice(0, 10)}  ${d.at.slice(0, 19).replace('T', ' ')}  ${d.kind.padEnd(6)}  ${d.summary}${state}`;
}

export function registerHistory(program: Command, io: Io): void {
  withDb(program.command('history'))
    .description('the analyst decisions taken on this store (merges, splits, reviews, grades), latest first, with the ids `nexus undo` takes')
    .option('--limit <n>', 'at most this many (0 for all)', parsePositiveInt, 50)
    .option('--json', 'print JSON')
    .action(async (options: StoreOptions & { limit: number }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      await withStore(opts, async (store) => {
        const list = await store.history({ limit: opts.limit || undefined });
        if (opts.json) { io.out(JSON.stringify(list, null, 2)); return; }
        io.out(list.length ? list.map(line).join('\n') : 'no decisions yet');
      });
    });

  withDb(program.command('undo'))
    .description('reverse one decision (a merge, split, review or grade) by its id from `nexus history`, or the latest one')
    .argument('[id]', 'the decision id, or its first characters (default: the latest decision not undone)')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, options: StoreOptions, cmd: Command) => {
      await withStore({ ...cmd.optsWithGlobals(), ...options }, async (store) => {
        const done = await store.undo(id);
        if ((options as StoreOptions).json) { io.out(JSON.stringify(done, null, 2)); return; }
        io.out(`undid ${done.id.slice(0, 10)}: ${done.summary}`);
      });
    });
}
