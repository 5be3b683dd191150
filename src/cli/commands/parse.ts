import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { NexusError, type InputFormat } from '../../core/index.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read.js';
import type { ConlluSentence } from '../../nlp/index.js';
import type { GlobalOptions } from '../context.js';
import { EXIT, formatError } from '../errors.js';
import type { Io } from '../io.js';
import { parseSize } from '../parse.js';

interface ParseOptions extends GlobalOptions {
  json?: boolean;
  conllu?: string;
  maxBytes?: number;
  format?: InputFormat;
}

export function registerParse(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description('print the tagger and parser\'s reading of documents as CoNLL-U (or JSON): words, lemmas, tags, dependency trees')
    .argument('[inputs...]', 'text, Markdown or HTML files, or - for stdin')
    .option('--json', 'print JSON: sentences with their words (form, span, lemma, upos, xpos, head, deprel)')
    .option('--conllu <file>', 'take the sentences and words of a CoNLL-U file as given (its FORM column) and fill in LEMMA, UPOS, XPOS, HEAD and DEPREL')
    .option('--max-bytes <size>', `refuse inputs larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024} MB)`, parseSize)
    .option('--format <format>', 'force the input format: text, markdown or html')
    .action(async (inputs: string[], options: ParseOptions, cmd: Command) => {
      const opts = { ...cmd.optsWithGlobals(), ...options } as ParseOptions;
      if (!opts.conllu && inputs.length === 0) throw new NexusError('UsageError', 'give text files to parse, or --conllu FILE');
      // The parser loads when the command runs: `nexus --help` and the other commands never load it.
      const [{ documentFromBytes, readInput }, { analyze, annotateConllu, documentToConllu, loadModel, readConllu, writeConllu }] = await Promise.all([
        import('../../ingest/index.js'), import('../../nlp/index.js'),
      ]);
      const model = loadModel();
      const print = (name: string, sentences: ConlluSentence[]) => io.out(opts.json ? JSON.stringify(toJson(name, sentences)) : writeConllu(sentences).replace(/\n$/, ''));
      if (opts.conllu) {
        let text: string;
        try {
          text = readFileSync(opts.conllu, 'utf8');
        } catch (e) {
          throw new NexusError('InputNotFound', `${opts.conllu}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { subject: opts.conllu, cause: e });
        }
        print(opts.conllu, annotateConllu(readConllu(text, opts.conllu), model));
      }
      let failed = 0;
      for (const input of inputs) {
        try {
          const raw = await readInput(input, opts.maxBytes ?? DEFAULT_MAX_BYTES, io.stdin);
          const doc = analyze(documentFromBytes(raw, { format: opts.format }), model);
          print(input, documentToConllu(doc, input === '-' ? 'stdin' : input));
        } catch (e) {
          failed++;
          io.err(formatError(e, opts.debug));
        }
      }
      if (failed) setExit(EXIT.failed);
    });
}

function toJson(name: string, sentences: ConlluSentence[]) {
  return {
    input: name,
    sentences: sentences.map((s) => ({
      text: s.comments.find((c) => c.startsWith('# text = '))?.slice(9),
      words: s.words.map((w, i) => {
        const range = /TokenRange=(\d+):(\d+)/.exec(w.misc);
        return { id: i + 1, form: w.form, lemma: w.lemma, upos: w.upos, xpos: w.xpos, head: w.head, deprel: w.deprel, ...(range ? { start: Number(range[1]), end: Number(range[2]) } : {}) };
      }),
    })),
  };
}
