import { systemClock } from '../core/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { loadModel } from '../nlp/index.js';
import type { PipelineContext } from '../pipeline/index.js';
import { ioLogger, type Io } from './io.js';

export interface GlobalOptions {
  kb?: string[];
  verbose?: boolean;
  debug?: boolean;
}

/** Builds what the pipeline needs from the command line: knowledge base, parser model, clock, logger. */
export function pipelineContext(io: Io, options: GlobalOptions): PipelineContext {
  return { kb: loadKnowledgeBase({ files: options.kb ?? [] }), nlp: loadModel(), clock: systemClock, logger: ioLogger(io, !!options.verbose) };
}
