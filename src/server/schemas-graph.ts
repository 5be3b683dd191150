/** Parameters of the graph, its claims table and the path search. */
import { z } from 'zod';
import { ENTITY_TYPES, PREDICATES } from '../core/index.js';
import { date, flag, id, listOf, MODALITIES, wholeNumber } from './params.js';

const viewFilters = {
  from: date.optional(),
  to: date.optional(),
  predicates: listOf(PREDICATES).optional(),
  types: listOf(ENTITY_TYPES).optional(),
  modalities: listOf(MODALITIES).optional(),
  minSources: wholeNumber(1000).optional(),
  minCredibility: z.coerce.number().min(0, 'expected a number from 0 to 1').max(1, 'expected a number from 0 to 1').optional(),
  includeRejected: flag.optional(),
};

export const graphQuery = z.object({ actor: id.optional(), depth: wholeNumber(4).optional(), maxNodes: wholeNumber(2000).optional(), ...viewFilters }).strict();
export type GraphQuery = z.infer<typeof graphQuery>;

export const ROW_SORTS = ['subject', 'predicate', 'object', 'polarity', 'modality', 'date', 'source', 'publisher', 'credibility', 'review'] as const;

export const claimRowsQuery = graphQuery.extend({
  sort: z.enum(ROW_SORTS).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  q: z.string().max(200).optional(),
  review: z.enum(['accepted', 'rejected', 'unreviewed']).optional(),
  /** Rows of these edges only (assertion ids, comma-separated). */
  edges: z.string().max(20_000).transform((s) => s.split(',').filter(Boolean)).optional(),
  limit: wholeNumber(1000).optional(),
  offset: wholeNumber(1_000_000).optional(),
  ids: flag.optional(),
}).strict();

export const pathsQuery = z.object({
  a: id, b: id, k: wholeNumber(10).optional(), maxHops: wholeNumber(8).optional(), ...viewFilters,
}).strict();
