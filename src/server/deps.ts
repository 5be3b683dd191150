import type { Clock, Logger } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { NlpModel } from '../nlp/index.js';
import type { Fetcher } from '../sources/index.js';
import type { Store } from '../store/index.js';

/** Everything the server uses, passed in: no module keeps state of its own. */
export interface ServerDeps {
  store: Store;
  kb: KnowledgeBase;
  nlp: NlpModel;
  clock: Clock;
  logger: Logger;
  /** Fetches pasted URLs (a fake in tests). */
  fetcher: Fetcher;
  /** Required on requests that change data when set (any host but loopback). */
  token?: string;
  /** The built web app (index.html and assets); none serves the API only. */
  webRoot?: string;
  /** Host names the server answers to; others are refused (DNS rebinding). Empty: any. */
  allowedHosts?: string[];
  limits?: Partial<Limits>;
}

export interface Limits {
  /** Bytes of a JSON body. */
  json: number;
  /** Bytes of one upload (all files of a drop together). */
  upload: number;
  /** Bytes of one document (pasted, dropped or fetched). */
  document: number;
  /** Most nodes a graph response carries. */
  graphNodes: number;
}

export const DEFAULT_LIMITS: Limits = { json: 1024 * 1024, upload: 20 * 1024 * 1024, document: 5 * 1024 * 1024, graphNodes: 400 };
