import { systemClock } from '../core/index.js';
import type { PipelineContext } from '../pipeline/index.js';
import { ioLogger, type Io } from './io.js';

export interface GlobalOptions {
  kb?: string[];
  verbose?: boolean;
  debug?: boolean;
}

/** Builds what the pipeline needs from the command line: knowledge base, clock, logger. */
export async function pipelineContext(io: Io, options: GlobalOptions): Promise<PipelineContext> {
  const { loadKnowledgeBase } = await import('../kb/index.js');
  return { kb: loadKnowledgeBase({ files: options.kb ?? [] }), clock: systemClock, logger: ioLogger(io, !!options.verbose) };
}
