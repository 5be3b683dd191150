import type { Command } from 'commander';
import { ENTITY_TYPES, NexusError, type EntityType } from '../../core/index.js';
import type { Io } from '../io.js';
import { parsePositiveInt } from '../parse.js';
import { assertionBlock, printList, table } from '../show.js';
import { resolveActor, withDb, withStore, type StoreOptions } from '../store.js';

export function registerActors(program: Command, io: Io): void {
  withDb(program.command('actors'))
    .description('list the actors of the corpus, most documented first')
    .option('--type <type>', `only this type (${ENTITY_TYPES.join(', ')})`)
    .option('--name <text>', 'only actors with a name or alias containing this text')
    .option('--limit <n>', 'at most this many (0 for all)', parsePositiveInt, 50)
    .option('--json', 'print JSON')
    .action(async (options: StoreOptions & { type?: string; name?: string; limit: number }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      const type = opts.type ? ENTITY_TYPES.find((t) => t.toLowerCase() === opts.type!.toLowerCase()) : undefined;
      if (opts.type && !type) throw new NexusError('UsageError', `unknown type "${opts.type}" (use ${ENTITY_TYPES.join(', ')})`);
      await withStore(opts, async (store) => {
        const filter = { type: type as EntityType | undefined, name: opts.name };
        const actors = await store.actors({ ...filter, limit: opts.limit || undefined });
        const total = actors.length < opts.limit || !opts.limit ? actors.length : await store.countActors(filter);
        printList(io, opts, 'actors', actors, total, (rows) => (rows.length ? table([['NAME', 'TYPE', 'DOCS', 'CLAIMS', 'ALSO KNOWN AS'],
          ...rows.map((a) => [a.name, a.type, String(a.documents), String(a.claims), a.aliases.slice(0, 6).join(', ')])]) : 'no actors (ingest documents with `nexus ingest`)'));
      });
    });

  withDb(program.command('actor'))
    .description('one actor: its names and where each was seen, roles, merges, and its claims by predicate with sources and credibility')
    .argument('<name>', 'any name or alias, any case, or an actor id')
    .option('--json', 'print JSON')
    .action(async (name: string, options: StoreOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      await withStore(opts, async (store) => {
        const found = await resolveActor(store, name);
        const actor = (await store.actor(found.id))!;
        const assertions = await store.assertions({ actor: actor.id });
        const outgoing = assertions.filter((a) => a.subject.id === actor.id);
        const incoming = assertions.filter((a) => a.subject.id !== actor.id);
        if (opts.json) { io.out(JSON.stringify({ ...actor, outgoing, incoming }, null, 2)); return; }
        const lines = [`${actor.name} [${actor.type}]${actor.kbId ? ` kb ${actor.kbId}` : ''}  id ${actor.id}`, `  in ${actor.documents} document(s), ${actor.claims} claim(s)`];
        if (actor.roles.length) lines.push(`  roles: ${actor.roles.join('; ')}`);
        lines.push('', 'Names');
        for (const n of actor.names) lines.push(`  ${n.name} (${n.how.join(', ')}) in ${n.count} document(s): ${n.documents.slice(0, 3).map((d) => d.slice(0, 12)).join(', ')}${n.count > 3 ? ', ...' : ''}`);
        const merges = actor.merges.filter((m) => m.by === 'user' || actor.merges.length > 1);
        if (merges.length) {
          lines.push('', 'Merged through');
          for (const m of merges) lines.push(`  ${m.key} via "${m.via}"${m.document ? ` in ${m.document.slice(0, 12)}` : ''} (${m.by})`);
        }
        for (const [title, list] of [['Claims by this actor', outgoing], ['Claims about this actor', incoming]] as const) {
          lines.push('', `${title} (${list.length})`);
          for (const p of [...new Set(list.map((a) => a.predicate))].sort()) {
            lines.push(`  ${p}`);
            for (const a of list.filter((x) => x.predicate === p)) lines.push(assertionBlock(a, 2).replace(/^/gm, '    '));
          }
        }
        io.out(lines.join('\n'));
      });
    });
}
