import type { Command } from 'commander';
import { NexusError } from '../../core/index.js';
import type { AdmiraltyReliability } from '../../store/index.js';
import type { Io } from '../io.js';
import { table } from '../show.js';
import { withDb, withStore, type StoreOptions } from '../store.js';

const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'];

export function registerSources(program: Command, io: Io): void {
  withDb(program.command('sources'))
    .description('publishers and the actors claims are attributed to, with their grades and counts')
    .option('--json', 'print JSON')
    .action(async (options: StoreOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      await withStore(opts, async (store) => {
        const list = await store.sources();
        if (opts.json) { io.out(JSON.stringify(list, null, 2)); return; }
        io.out(table([['SOURCE', 'KIND', 'GRADE', 'DOCS', 'CLAIMS', 'FIRST', 'LAST'],
          ...list.map((s) => [s.name, s.kind, s.grade ?? '-', String(s.documents), String(s.claims), s.firstSeen ?? '', s.lastSeen ?? ''])]));
        const { MODALITY_WEIGHT, RELIABILITY } = await import('../../corpus/index.js');
        io.out(`\nGrades (Admiralty reliability) weigh claims: ${GRADES.map((g) => `${g} ${RELIABILITY[g as AdmiraltyReliability]}`).join(', ')} (ungraded as F);` +
          ` modalities: ${Object.entries(MODALITY_WEIGHT).map(([m, w]) => `${m} ${w}`).join(', ')}. See README, "Credibility".`);
      });
    });

  const source = program.command('source').description('grade a source');
  withDb(source.command('grade'))
    .description('grade a source (publisher, person, body or report) on the Admiralty scale: A reliable ... E unreliable, F cannot be judged')
    .argument('<name>', 'the source as `nexus sources` shows it (any case)')
    .argument('<grade>', 'A, B, C, D, E or F')
    .action(async (name: string, grade: string, options: StoreOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options };
      const g = grade.toUpperCase();
      if (!GRADES.includes(g)) throw new NexusError('UsageError', `unknown grade "${grade}" (use A, B, C, D, E or F)`);
      await withStore(opts, async (store) => {
        const known = (await store.sources()).some((s) => s.name.toLowerCase() === name.toLowerCase());
        await store.gradeSource(name, g as AdmiraltyReliability);
        io.out(`${name}: graded ${g}${known ? '' : ' (no document or claim from it yet; the grade applies when one comes)'}`);
      });
    });
}
