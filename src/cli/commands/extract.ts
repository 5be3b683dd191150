import type { Command } from 'commander';
import { NexusError, type InputFormat } from '../../core/index.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read.js';
import { pipelineContext, type GlobalOptions } from '../context.js';
import { EXIT, formatError } from '../errors.js';
import type { Io } from '../io.js';
import { parseDate, parseSize } from '../parse.js';

interface ExtractOptions extends GlobalOptions {
  json?: boolean;
  explain?: boolean;
  published?: string;
  maxBytes?: number;
  format?: InputFormat;
}

export function registerExtract(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract entities and attributed claims from documents (files or - for stdin)')
    .argument('<inputs...>', 'text, Markdown or HTML files, or - for stdin')
    .option('--json', 'print the extraction contract as JSON (one object per document, one per line for several)')
    .option('--explain', 'show the rule and the words behind each claim and mention')
    .option('--published <date>', 'publication date (YYYY-MM-DD) when the document states none', parseDate)
    .option('--max-bytes <size>', `refuse inputs larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024} MB; accepts 10MB, 500KB)`, parseSize)
    .option('--format <format>', 'force the input format: text, markdown or html')
    .action(async (inputs: string[], options: ExtractOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as ExtractOptions;
      if (opts.format && !['text', 'markdown', 'html'].includes(opts.format)) throw new NexusError('UsageError', `unknown format "${opts.format}" (use text, markdown or html)`);
      // The pipeline loads when a command extracts, not when nexus starts.
      const [{ documentFromBytes, readInput }, { toContract, toHuman }, { extract }] = await Promise.all([
        import('../../ingest/index.js'), import('../../output/index.js'), import('../../pipeline/index.js'),
      ]);
      const ctx = await pipelineContext(io, opts);
      let failed = 0;
      for (const input of inputs) {
        try {
          const raw = await readInput(input, opts.maxBytes ?? DEFAULT_MAX_BYTES, io.stdin);
          const doc = extract(documentFromBytes(raw, { published: opts.published, format: opts.format }), ctx);
          if (opts.json) io.out(JSON.stringify(toContract(doc), null, inputs.length > 1 ? undefined : 2));
          else io.out(`${toHuman(doc, opts.explain)}\n`);
        } catch (e) {
          failed++;
          io.err(formatError(e, opts.debug));
        }
      }
      if (failed) setExit(EXIT.failed);
    });
}
