// An extraction thread: loads the knowledge base and the parser model once,
// then extracts the cleaned documents it is sent. Pure work: no store, no
// files besides the knowledge base and the model.
import { parentPort, workerData } from 'node:worker_threads';
import { systemClock, type Logger } from '../core/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { loadModel } from '../nlp/index.js';
import { extract } from '../pipeline/index.js';
import { fromClean, toExtraction, type CleanDocument } from './transfer.js';

const warnings: string[] = [];
const logger: Logger = { debug() {}, info() {}, warn: (m) => { warnings.push(m); } };
const ctx = { kb: loadKnowledgeBase({ files: (workerData as { kb: string[] }).kb }), nlp: loadModel(), clock: systemClock, logger };

parentPort!.on('message', (job: { id: number; doc: CleanDocument }) => {
  try {
    const doc = extract(fromClean(job.doc), ctx);
    parentPort!.postMessage({ id: job.id, extraction: toExtraction(doc), warnings: warnings.splice(0) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: { message: (e as Error)?.message ?? String(e), name: (e as Error)?.name } });
  }
});
parentPort!.postMessage({ ready: true });
