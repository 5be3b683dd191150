export { IngestQueue, QUEUE_NAME, QUEUE_SCHEMA, DEFAULT_LEASE_SECONDS, type IngestJob, type QueueOptions, type QueueCounts, type FailedJob } from './queue.js';
export { runWorker, type WorkerOptions, type WorkerEvent } from './worker.js';
export { enqueueItems, type EnqueueOutcome } from './enqueue.js';
