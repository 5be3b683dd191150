import { systemClock } from '../core/index.js';
import type { NlpModel } from '../nlp/index.js';
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
export async function pipelineContext(io: Io, options: GlobalOptions, load: { model?: 'now' | 'when-used' } = {}): Promise<PipelineContext> {
  const [{ loadKnowledgeBase }, { loadModel }] = await Promise.all([import('../kb/index.js'), import('../nlp/index.js')]);
  const kb = loadKnowledgeBase({ files: options.kb ?? [] });
  const logger = ioLogger(io, !!options.verbose);
  if (load.model !== 'when-used') return { kb, nlp: loadModel(), clock: systemClock, logger };
  // Loaded when first used: an ingest whose extraction threads each load their own never needs it here.
  let nlp: NlpModel | undefined;
  return { kb, get nlp() { return (nlp ??= loadModel()); }, clock: systemClock, logger };
}
