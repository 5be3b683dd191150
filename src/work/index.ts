export { ingestItems, type IngestOutcome, type IngestOptions, type BatchLimits } from './ingest.js';
export { inlineExtractor, threadExtractor, defaultThreads, type Extractor } from './pool.js';
export { toClean, fromClean, type CleanDocument, type Extraction } from './transfer.js';
