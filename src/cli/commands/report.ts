import type { Command } from 'commander';
import { NexusError, systemClock } from '../../core/index.js';
import type { Io } from '../io.js';
import { parsePositiveInt } from '../parse.js';
import { withDb, withStore } from '../store.js';
import { resolveScope, scopeOptions, type ScopeOptions } from './scope.js';

interface ReportOptions extends ScopeOptions {
  format: string;
  output?: string;
  top: number;
}

export function registerReport(program: Command, io: Io): void {
  scopeOptions(withDb(program.command('report')))
    .description("an analyst's brief: key actors and aliases, strongest assertions with sources and corroboration, denials, contradictions, a timeline; HTML adds a network picture")
    .option('--format <format>', 'md or html', 'md')
    .option('-o, --output <path>', 'write here instead of standard output (replaced whole or not at all)')
    .option('--top <n>', 'how many actors and assertions to list', parsePositiveInt, 10)
    .action(async (options: ReportOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as ReportOptions;
      if (!['md', 'html'].includes(opts.format)) throw new NexusError('UsageError', `unknown format "${opts.format}" (use md or html)`);
      const [{ checkFileTarget, selectCorpus, writeAtomic }, { buildBrief, renderHtml, renderMarkdown }] = await Promise.all([import('../../export/index.js'), import('../../report/index.js')]);
      if (opts.output) checkFileTarget(opts.output);
      await withStore(opts, async (store) => {
        const sel = await selectCorpus(store, await resolveScope(store, opts), { details: true });
        const brief = buildBrief(sel, { top: opts.top, generated: systemClock().toISOString().slice(0, 10) });
        const text = opts.format === 'html' ? renderHtml(brief) : renderMarkdown(brief);
        if (!opts.output) { io.out(text); return; }
        writeAtomic(opts.output, text);
        io.err(`wrote ${opts.output}: ${brief.keyActors.length} key actors, ${brief.strongest.length} assertions, ${brief.contradictions.length} contradictions, ${brief.timeline.length} timeline entries`);
      });
    });
}
