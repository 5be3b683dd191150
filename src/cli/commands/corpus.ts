import type { Command } from 'commander';
import type { Io } from '../io.js';
import { parsePositiveInt } from '../parse.js';
import { assertionBlock } from '../show.js';
import { resolveActor, withDb, withStore, type StoreOptions } from '../store.js';

export function registerSearch(program: Command, io: Io): void {
  withDb(program.command('search'))
    .description('full-text search over documents and claim quotes (SQLite FTS5; PostgreSQL text search)')
    .argument('<text...>', 'words that must all match')
    .option('--limit <n>', 'at most this many', parsePositiveInt, 20)
    .option('--json', 'print JSON')
    .action(async (words: string[], options: StoreOptions & { limit: number }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      await withStore(opts, async (store) => {
        const hits = await store.search(words.join(' '), opts.limit);
        if (opts.json) { io.out(JSON.stringify(hits, null, 2)); return; }
        io.out(hits.length ? hits.map((h) => `${h.kind === 'quote' ? `quote ${h.claimId}` : `document ${h.documentId.slice(0, 12)}`}  ${h.title ?? ''} (${h.publisher})\n    ${h.snippet}`).join('\n') : 'no match');
      });
    });
}

export function registerContradictions(program: Command, io: Io): void {
  withDb(program.command('contradictions'))
    .description('assertions that cannot both hold: a claim and its denial, or incompatible predicates (ALLY_OF against HOSTILE_TO...) over overlapping times')
    .option('--actor <name>', 'only those involving this actor (any alias)')
    .option('--json', 'print JSON')
    .action(async (options: StoreOptions & { actor?: string }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      await withStore(opts, async (store) => {
        const actor = opts.actor ? (await resolveActor(store, opts.actor)).id : undefined;
        const list = await store.contradictions({ actor });
        if (opts.json) { io.out(JSON.stringify(list, null, 2)); return; }
        if (!list.length) { io.out('no contradictions'); return; }
        io.out(list.map((c, i) => `Contradiction ${i + 1}: ${c.reason}\n${assertionBlock(c.a).replace(/^/gm, '  ')}\n  against\n${assertionBlock(c.b).replace(/^/gm, '  ')}`).join('\n\n'));
      });
    });
}

export function registerMerge(program: Command, io: Io): void {
  withDb(program.command('merge'))
    .description('merge actor B into actor A (a decision that later ingests follow); reverse it with `nexus undo`')
    .argument('<a>', 'the actor that stays (any alias or id)').argument('<b>', 'the actor merged into it')
    .action(async (a: string, b: string, options: StoreOptions, cmd: Command) => {
      await withStore({ ...cmd.optsWithGlobals(), ...options }, async (store) => {
        const [into, from] = [await resolveActor(store, a), await resolveActor(store, b)];
        await store.merge(into.id, from.id);
        // The merged actor is named after the first of its keys: it has one of the two ids, and either finds it.
        const merged = await store.actor(into.id);
        const [decision] = await store.history({ limit: 1 });
        io.out(`merged ${from.name} (${from.id}) into ${into.name} (${into.id})${merged && merged.id !== into.id ? `, now actor ${merged.id}` : ''}; undo with \`nexus undo ${decision.id.slice(0, 10)}\``);
      });
    });

  withDb(program.command('split'))
    .description('take a name away from an actor: documents that use only that name for it become another actor, now and in later ingests')
    .argument('<actor>', 'the actor (any alias or id)').argument('<alias>', 'the name to split off')
    .action(async (actor: string, alias: string, options: StoreOptions, cmd: Command) => {
      await withStore({ ...cmd.optsWithGlobals(), ...options }, async (store) => {
        const found = await resolveActor(store, actor);
        const id = await store.split(found.id, alias);
        const [decision] = await store.history({ limit: 1 });
        const done = id === found.id ? `"${alias}" no longer joins documents to ${found.name}` : `split "${alias}" off ${found.name}: now actor ${id}`;
        io.out(`${done}; undo with \`nexus undo ${decision.id.slice(0, 10)}\``);
      });
    });
}
