import type { ActorSummary, StoredClaim } from '../../store/index.js';
import { claimGrader } from '../grades.js';
import type { ExportContext, Selection } from '../types.js';
import { actorObject, type StixObject } from './actors.js';
import { noteObject, relationshipObject, reportObject } from './claims.js';
import { nexusId } from './ids.js';

/**
 * The selection as one STIX 2.1 bundle: an object per actor, a relationship
 * per positive assertion, a note per claim (denials are notes on the two
 * actors: STIX has no negated relationship), a report per document.
 * Every id is derived from what the object is, so exporting again yields
 * the same ids and an import merges instead of duplicating.
 */
export function toStix(sel: Selection, ctx: ExportContext): string {
  const stamp = ctx.clock().toISOString();
  const objects = new Map<string, StixObject>();
  const add = (o: StixObject) => { if (!objects.has(o.id)) objects.set(o.id, o); return o.id; };
  // Two actors the store keeps apart can share a name and class, and so an OpenCTI id: they become one object.
  const actorRef = new Map<string, string>();
  const byId = new Map<string, ActorSummary>([...sel.actors, ...sel.cited].map((a) => [a.id, a]));
  const refOf = (id: string) => {
    let ref = actorRef.get(id);
    if (!ref) { ref = add(actorObject(byId.get(id)!, sel, ctx, stamp)); actorRef.set(id, ref); }
    return ref;
  };
  for (const a of sel.actors) refOf(a.id);

  const gradeOf = claimGrader(sel.sources);
  const docs = new Map(sel.documents.map((d) => [d.id, d]));
  const perDocument = new Map<string, Set<string>>();
  const file = (c: StoredClaim, ...ids: string[]) => {
    const set = perDocument.get(c.documentId) ?? new Set<string>();
    for (const id of ids) set.add(id);
    perDocument.set(c.documentId, set);
  };
  for (const a of sel.assertions) {
    const [s, o] = [refOf(a.subject.id), refOf(a.object.id)];
    const rel = a.polarity === 'positive' ? add(relationshipObject(a, s, o, stamp)) : undefined;
    for (const c of a.claims) {
      const report = nexusId('report', { document: c.documentId });
      const note = add(noteObject(c, docs.get(c.documentId), [...(rel ? [rel] : [s, o]), report], gradeOf, stamp));
      file(c, s, o, ...(rel ? [rel] : []), note);
    }
  }
  for (const d of sel.documents) {
    const refs = perDocument.get(d.id);
    // A report needs at least one object: a document none of whose claims were selected has nothing to report.
    if (refs?.size) add(reportObject(d, [...refs], stamp));
  }
  const list = [...objects.values()];
  const bundle = { type: 'bundle', id: nexusId('bundle', { objects: list.map((o) => o.id).sort() }), objects: list };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
