import { NexusError, type Clock, type NexusDocument } from '../core/index.js';
import { mergeActors, review, gradeSource } from './decisions.js';
import { splitAlias } from './split.js';
import type { SqlDialect } from './dialect.js';
import { listDecisions } from './journal.js';
import { undoDecision } from './undo.js';
import { actorDetail, countActors, findActors, listActors } from './read-actors.js';
import { countClaims, readClaims } from './read-claims.js';
import { readAssertion, readAssertions, readContradictions, readGraph, readSources } from './read-corpus.js';
import { getDocument, listDocuments, searchText, stats } from './read-documents.js';
import { readPaths } from './read-paths.js';
import { applyPending } from './resolve.js';
import type * as T from './types.js';
import { putDocuments, replaceDocument } from './write.js';

/** The one Store implementation: kysely code shared by both engines, with what differs in a SqlDialect. */
export class SqlStore implements T.Store {
  constructor(private readonly dialect: SqlDialect, private readonly clock: Clock) {}

  get kind(): string { return this.dialect.kind; }
  get readOnly(): boolean { return !!this.dialect.readOnly; }
  private now(): string { return this.clock().toISOString(); }
  private get db() { return this.dialect.db; }

  stats() { return stats(this.db); }
  documents(filter: T.DocumentFilter = {}) { return listDocuments(this.db, filter); }
  document(id: string) { return getDocument(this.db, id); }
  actors(filter: T.ActorFilter = {}) { return listActors(this.db, filter); }
  countActors(filter: T.ActorFilter = {}) { return countActors(this.db, filter); }
  findActors(name: string) { return findActors(this.db, name); }
  actor(id: string) { return actorDetail(this.db, id); }
  claims(filter: T.ClaimFilter = {}) { return readClaims(this.db, filter); }
  countClaims(filter: T.ClaimFilter = {}) { return countClaims(this.db, filter); }
  assertions(filter: T.AssertionFilter = {}) { return readAssertions(this.db, filter); }
  assertion(id: string) { return readAssertion(this.db, id); }
  contradictions(filter: { actor?: string } = {}) { return readContradictions(this.db, filter.actor); }
  sources() { return readSources(this.db); }
  graph(selection: T.GraphSelection = {}) { return readGraph(this.db, selection); }
  paths(from: string, to: string, options: T.PathOptions = {}) { return readPaths(this.db, from, to, options); }
  search(text: string, limit = 20) { return searchText(this.dialect, text, limit); }

  async hasDocument(id: string): Promise<boolean> {
    return this.dialect.read(async (db) => !!(await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()));
  }
  putDocuments(docs: NexusDocument[]) { return putDocuments(this.dialect, docs, this.now()); }
  async putDocument(doc: NexusDocument): Promise<T.PutResult> {
    const [result] = await this.putDocuments([doc]);
    await this.resolve({ wait: true });
    return result;
  }
  async resolve(options: { wait?: boolean } = {}): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.dialect.resolver((trx) => applyPending(trx), options.wait ?? true);
      if (!n) return total;
      total += n;
    }
  }
  replaceDocument(doc: NexusDocument) {
    return replaceDocument(this.dialect, doc, this.now(), async (trx) => { while (await applyPending(trx)) { /* fold it in */ } });
  }
  merge(into: string, from: string) { return mergeActors(this.dialect, into, from, this.now()); }
  split(actor: string, alias: string) { return splitAlias(this.dialect, actor, alias, this.now()); }
  gradeSource(name: string, grade: T.AdmiraltyReliability) { return gradeSource(this.dialect, name, grade, this.now()); }
  async review(target: T.ReviewTarget, decision: T.ReviewDecision | 'clear'): Promise<void> {
    if (target.kind === 'assertion' && !(await this.assertion(target.id))) throw new NexusError('NotFound', 'no such assertion', { subject: target.id });
    return review(this.dialect, target, decision, this.now());
  }
  history(options: { limit?: number; active?: boolean } = {}) { return listDecisions(this.db, options); }
  undo(id?: string) { return undoDecision(this.dialect, id, this.now()); }
  close() { return this.dialect.close(); }
}
