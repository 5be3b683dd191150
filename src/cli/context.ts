import { systemClock } from '../core/index.js';
import type { PipelineContext } from '../pipeline/index.js';
import { ioLogger, type Io } from './io.js';

export interface GlobalOptions {
  kb?: string[];
  verbose?: boolean;
  debug?: boolean;
}

/**
 * Builds what the pipeline needs from the command line: knowledge base,
 * parser model, clock, logger. The knowledge base and the model load here,
 * when a command extracts, never at start-up (`nexus --help`, queries).
 */
export async function pipelineContext(io: Io, options: GlobalOptions): Promise<PipelineContext> {
  const [{ loadKnowledgeBase }, { loadModel }] = await Promise.all([import('../kb/index.js'), import('../nlp/index.js')]);
  return { kb: loadKnowledgeBase({ files: options.kb ?? [] }), nlp: loadModel(), clock: systemClock, logger: ioLogger(io, !!options.verbose) };
}
