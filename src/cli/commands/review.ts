import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { NexusError } from '../../core/index.js';
import type { ReviewDecision, ReviewTarget, Store } from '../../store/index.js';
import type { Io } from '../io.js';
import { parsePositiveInt } from '../parse.js';
import { assertionBlock } from '../show.js';
import { withDb, withStore, type StoreOptions } from '../store.js';

const DECISIONS: Record<string, ReviewDecision | 'clear'> = { accept: 'accepted', reject: 'rejected', clear: 'clear' };

/** Claim ids are "<document>:<claim>", assertion ids "<subject>.<PREDICATE>.<object>.<pos|neg>". */
function target(id: string): ReviewTarget {
  if (/^[0-9a-f]{64}:\w+$/.test(id)) return { kind: 'claim', id };
  if (/^[^.]+\.[A-Z_]+\.[^.]+\.(pos|neg)$/.test(id)) return { kind: 'assertion', id };
  throw new NexusError('UsageError', 'is neither a claim id nor an assertion id (see `nexus claims` and `nexus claims --assertions`)', { subject: id });
}

async function interactive(store: Store, io: Io, limit: number): Promise<void> {
  const pending = (await store.assertions({ limit: 10_000 })).filter((a) => !a.review).slice(0, limit);
  const rl = createInterface({ input: io.stdin, output: process.stderr });
  try {
    for (const [i, a] of pending.entries()) {
      io.out(`\n[${i + 1}/${pending.length}] ${assertionBlock(a, 5)}`);
      const answer = (await rl.question('accept (a), reject (r), skip (s), quit (q)? ')).trim().toLowerCase();
      if (answer.startsWith('q')) break;
      if (answer.startsWith('a') || answer.startsWith('r')) {
        await store.review({ kind: 'assertion', id: a.id }, answer.startsWith('a') ? 'accepted' : 'rejected');
        io.out(answer.startsWith('a') ? 'accepted' : 'rejected');
      }
    }
  } finally {
    rl.close();
  }
}

export function registerReview(program: Command, io: Io): void {
  withDb(program.command('review'))
    .description('accept or reject claims and assertions (decisions survive re-ingest); with no arguments, go through unreviewed assertions')
    .argument('[decision]', 'accept, reject or clear')
    .argument('[ids...]', 'claim or assertion ids')
    .option('--limit <n>', 'assertions to go through', parsePositiveInt, 50)
    .option('--json', 'list unreviewed assertions as JSON')
    .action(async (decision: string | undefined, ids: string[], options: StoreOptions & { limit: number }, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      await withStore(opts, async (store) => {
        if (!decision) {
          if (io.tty && (io.stdin as NodeJS.ReadStream).isTTY && !opts.json) return interactive(store, io, opts.limit);
          const pending = (await store.assertions({ limit: 10_000 })).filter((a) => !a.review).slice(0, opts.limit);
          io.out(opts.json ? JSON.stringify(pending, null, 2) : pending.length ? pending.map((a) => assertionBlock(a)).join('\n\n') : 'nothing to review');
          return;
        }
        const d = DECISIONS[decision];
        if (!d) throw new NexusError('UsageError', `unknown decision "${decision}" (use accept, reject or clear)`);
        if (!ids.length) throw new NexusError('UsageError', `which claims or assertions? (nexus review ${decision} ID...)`);
        for (const id of ids) {
          await store.review(target(id), d);
          io.out(`${id}: ${d === 'clear' ? 'review cleared' : d}`);
        }
      });
    });
}
