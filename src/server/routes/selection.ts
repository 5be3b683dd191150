import { Hono } from 'hono';
import { NexusError } from '../../core/index.js';
import { csvTable, selectionOf, toGexf, toStix } from '../../export/index.js';
import type { ActorSummary } from '../../store/index.js';
import { assertionsOf, claimsById } from '../claim-selection.js';
import type { ServerDeps } from '../deps.js';
import { bulkReview, exportSelection, undoDecisions } from '../schemas.js';
import { valid } from '../validate.js';

const FILES = {
  csv: { name: 'nexus-claims.csv', type: 'text/csv; charset=utf-8' },
  stix: { name: 'nexus-claims.stix.json', type: 'application/json; charset=utf-8' },
  gexf: { name: 'nexus-claims.gexf', type: 'application/xml; charset=utf-8' },
} as const;

/** What the claims table does with a selection: review it all at once, or export it. */
export function selectionRoutes(deps: ServerDeps): Hono {
  const { store } = deps;
  return new Hono()
    .post('/review', valid('json', bulkReview), async (c) => {
      const { items } = c.req.valid('json');
      // Every target is checked before any is changed: a bad id leaves the store as it was.
      await claimsById(store, items.filter((i) => i.kind === 'claim').map((i) => i.id));
      for (const i of items.filter((x) => x.kind === 'assertion')) {
        if (!(await store.assertion(i.id))) throw new NexusError('NotFound', 'no such assertion', { subject: i.id });
      }
      // Each review is one decision in the store's journal; its id is what Undo hands back.
      const decisions: string[] = [];
      for (const i of items) {
        await store.review({ kind: i.kind, id: i.id }, i.decision);
        const [last] = await store.history({ limit: 1 });
        if (last && last.kind === 'review' && !decisions.includes(last.id)) decisions.push(last.id);
      }
      return c.json({ reviewed: items.length, decisions });
    })
    .post('/undo', valid('json', undoDecisions), async (c) => {
      // The latest first: a decision a later one depends on is undone after it.
      const undone = [];
      for (const id of [...c.req.valid('json').decisions].reverse()) undone.push(await store.undo(id));
      return c.json({ undone });
    })
    .post('/export', valid('json', exportSelection), async (c) => {
      const { format, claims: ids } = c.req.valid('json');
      const assertions = await assertionsOf(store, await claimsById(store, ids));
      const actors: ActorSummary[] = [];
      for (const id of new Set(assertions.flatMap((a) => [a.subject.id, a.object.id]))) {
        const a = await store.actor(id);
        if (a) actors.push(a);
      }
      const sel = await selectionOf(store, { actors: [], depth: 1 }, actors, assertions, { details: format !== 'gexf' });
      const ctx = { clock: deps.clock, kb: deps.kb };
      const body = format === 'csv' ? csvTable(sel, 'claims') : format === 'stix' ? toStix(sel, ctx) : toGexf(sel, ctx);
      return c.body(body, 200, { 'content-type': FILES[format].type, 'content-disposition': `attachment; filename="${FILES[format].name}"` });
    });
}
