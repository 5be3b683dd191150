import type { Command } from 'commander';
import { NexusError } from '../../core/index.js';
import type { ExportScope } from '../../export/index.js';
import type { Store } from '../../store/index.js';
import { parseDate, parsePositiveInt } from '../parse.js';
import { resolveActor, type StoreOptions } from '../store.js';

export interface ScopeOptions extends StoreOptions {
  actor?: string[];
  depth?: number;
  since?: string;
  until?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The options that choose part of the corpus, shared by `export` and `report`. */
export function scopeOptions(cmd: Command): Command {
  return cmd
    .option('--actor <name>', 'start from this actor (any name or alias; repeatable); without it, the whole corpus', collect)
    .option('--depth <n>', 'with --actor: hops from the actor (default 1)', parsePositiveInt)
    .option('--since <date>', 'only claims dated (event, else publication) on or after YYYY-MM-DD', parseDate)
    .option('--until <date>', 'only claims dated on or before YYYY-MM-DD', parseDate);
}

/** Actor names to actors (an unknown name, or one several actors carry, is a one-line error listing them). */
export async function resolveScope(store: Store, o: ScopeOptions): Promise<ExportScope> {
  if (o.depth !== undefined && !o.actor?.length) throw new NexusError('UsageError', '--depth needs --actor (the actor to count hops from)');
  if (o.since && o.until && o.since > o.until) throw new NexusError('UsageError', `--since ${o.since} is after --until ${o.until}`);
  const actors = [];
  for (const name of o.actor ?? []) {
    const a = await resolveActor(store, name);
    actors.push({ id: a.id, name: a.name, type: a.type });
  }
  return { actors, depth: o.depth ?? 1, since: o.since, until: o.until };
}
