import type { Command } from 'commander';
import { NexusError, systemClock } from '../../core/index.js';
import { CSV_TABLES, EXPORT_FORMATS, type CsvTable, type ExportFormat } from '../../export/types.js';
import type { Io } from '../io.js';
import { withDb, withStore } from '../store.js';
import { scopeOptions, resolveScope, type ScopeOptions } from './scope.js';

interface ExportOptions extends ScopeOptions {
  format?: string;
  output?: string;
  table?: string;
}

export function parseExportFormat(value: string | undefined): ExportFormat {
  if (!value) throw new NexusError('UsageError', `choose a format with --format: ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(value)) throw new NexusError('UsageError', `unknown format "${value}" (use ${EXPORT_FORMATS.join(', ')})`);
  return value as ExportFormat;
}

export function registerExport(program: Command, io: Io): void {
  scopeOptions(withDb(program.command('export')))
    .description('export the corpus (or the part around an actor) for OpenCTI/MISP (stix), Gephi (graphml, gexf), Neo4j (cypher), spreadsheets (csv) or other tools (json)')
    .option('--format <format>', `${EXPORT_FORMATS.join(', ')}`)
    .option('-o, --output <path>', 'write here instead of standard output (for csv a folder, one file per table, or a .zip of them); an old file is replaced whole or not at all')
    .option('--table <name>', `with --format csv and no -o: the table to print (${CSV_TABLES.join(', ')}; default claims)`)
    .action(async (options: ExportOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as ExportOptions;
      const format = parseExportFormat(opts.format);
      const table = (opts.table ?? 'claims') as CsvTable;
      if (!(CSV_TABLES as readonly string[]).includes(table)) throw new NexusError('UsageError', `unknown table "${opts.table}" (use ${CSV_TABLES.join(', ')})`);
      const [{ EXPORTERS, checkFileTarget, checkFolderTarget, csvTable, isZip, selectCorpus, writeAtomic, writeFolder, writeZip }, { loadKnowledgeBase }] = await Promise.all([import('../../export/index.js'), import('../../kb/index.js')]);
      // Check where the output goes before reading the corpus: a wrong path fails at once.
      if (opts.output) (format === 'csv' ? checkFolderTarget : checkFileTarget)(opts.output);
      await withStore(opts, async (store) => {
        const scope = await resolveScope(store, opts);
        const sel = await selectCorpus(store, scope, { details: EXPORTERS[format].details });
        const ctx = { clock: systemClock, kb: loadKnowledgeBase({ files: opts.kb ?? [] }) };
        const summary = `${sel.actors.length + sel.cited.length} actors, ${sel.assertions.length} assertions, ${sel.claims.length} claims, ${sel.documents.length} documents`;
        if (!opts.output) {
          io.out(format === 'csv' ? csvTable(sel, table) : EXPORTERS[format].write(sel, ctx)[0].content);
          return;
        }
        const files = EXPORTERS[format].write(sel, ctx);
        const csv = () => (isZip(opts.output!) ? [writeZip(opts.output!, files)] : writeFolder(opts.output!, files));
        const written = format === 'csv' ? csv() : (writeAtomic(opts.output, files[0].content), [opts.output]);
        io.err(`wrote ${written.join(', ')}: ${summary}`);
      });
    });
}
