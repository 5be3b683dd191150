import type { Command } from 'commander';
import { NexusError, PREDICATES, type Modality, type Predicate } from '../../core/index.js';
import type { Io } from '../io.js';
import { parseDate, parsePositiveInt } from '../parse.js';
import { assertionBlock, claimLine, printList } from '../show.js';
import { resolveActor, withDb, withStore, type StoreOptions } from '../store.js';

const MODALITIES = ['asserted', 'reported', 'alleged', 'hedged', 'question'];

interface ClaimsOptions extends StoreOptions {
  subject?: string; object?: string; actor?: string; predicate?: string; source?: string; from?: string; to?: string; modality?: string;
  negative?: boolean; rejected?: boolean; grouped?: boolean; limit: number;
}

function predicate(p?: string): Predicate | undefined {
  if (!p) return undefined;
  const found = PREDICATES.find((x) => x === p.toUpperCase().replace(/-/g, '_'));
  if (!found) throw new NexusError('UsageError', `unknown predicate "${p}" (use ${PREDICATES.join(', ')})`);
  return found;
}

export function registerClaims(program: Command, io: Io): void {
  withDb(program.command('claims'))
    .description('claims across the corpus, filtered; --assertions groups them across documents')
    .option('--subject <name>', 'subject actor (any alias)')
    .option('--object <name>', 'object actor (any alias)')
    .option('--actor <name>', 'either end')
    .option('--predicate <p>', `one of ${PREDICATES.join(', ')}`)
    .option('--source <publisher>', 'only claims from documents of this publisher')
    .option('--from <date>', 'event (or publication) date on or after', parseDate)
    .option('--to <date>', 'event (or publication) date on or before', parseDate)
    .option('--modality <m>', MODALITIES.join(', '))
    .option('--rejected', 'include claims an analyst rejected')
    .option('--assertions', 'group claims into assertions with sources and credibility')
    .option('--limit <n>', 'at most this many (0 for all)', parsePositiveInt, 100)
    .option('--json', 'print JSON')
    .action(async (options: ClaimsOptions & { assertions?: boolean }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as ClaimsOptions & { assertions?: boolean };
      if (opts.modality && !MODALITIES.includes(opts.modality)) throw new NexusError('UsageError', `unknown modality "${opts.modality}" (use ${MODALITIES.join(', ')})`);
      await withStore(opts, async (store) => {
        const id = async (n?: string) => (n ? (await resolveActor(store, n)).id : undefined);
        const filter = {
          subject: await id(opts.subject), object: await id(opts.object), actor: await id(opts.actor), predicate: predicate(opts.predicate),
          source: opts.source, from: opts.from, to: opts.to, modality: opts.modality as Modality | undefined, includeRejected: !!opts.rejected,
        };
        if (opts.assertions) {
          // Assertions are built from every matching claim anyway: the total costs nothing more.
          const all = await store.assertions(filter);
          printList(io, opts, 'assertions', opts.limit ? all.slice(0, opts.limit) : all, all.length, (rows) => (rows.length ? rows.map((a) => assertionBlock(a)).join('\n\n') : 'no assertions match'));
          return;
        }
        const claims = await store.claims({ ...filter, limit: opts.limit || undefined });
        const total = claims.length < opts.limit || !opts.limit ? claims.length : await store.countClaims(filter);
        printList(io, opts, 'claims', claims, total, (rows) => (rows.length ? rows.map(claimLine).join('\n') : 'no claims match'));
      });
    });

  withDb(program.command('timeline'))
    .description('claims in date order (event date, else publication date), for one actor or the whole corpus')
    .argument('[actor]', 'any name or alias')
    .option('--from <date>', 'on or after', parseDate)
    .option('--to <date>', 'on or before', parseDate)
    .option('--limit <n>', 'at most this many (0 for all)', parsePositiveInt, 500)
    .option('--json', 'print JSON')
    .action(async (actor: string | undefined, options: StoreOptions & { from?: string; to?: string; limit: number }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      await withStore(opts, async (store) => {
        const id = actor ? (await resolveActor(store, actor)).id : undefined;
        // In date order (event date, else publication date; undated last), one page read by the store.
        const filter = { actor: id, from: opts.from, to: opts.to };
        const sorted = await store.claims({ ...filter, limit: opts.limit || undefined });
        const total = sorted.length < opts.limit || !opts.limit ? sorted.length : await store.countClaims(filter);
        printList(io, opts, 'claims', sorted, total, (rows) => (rows.length ? rows.map(claimLine).join('\n') : 'no claims'));
      });
    });
}
