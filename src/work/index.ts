export { ingestItems, type IngestOutcome, type IngestOptions } from './ingest.js';
