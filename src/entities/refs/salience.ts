import type { Entity } from '../../core/index.js';
import type { PoolMention, ReferenceContext, Role } from './context.js';

/**
 * Salience in the manner of Lappin and Leass (1994): every mention adds
 * weight to its entity for being recent, for its grammatical role and for
 * heading its noun phrase; the weight halves with each sentence back. The
 * entity a pronoun refers to is the most salient one that agrees with it and
 * is not bound away from it.
 */
const ROLE_WEIGHT: Record<Role, number> = { subject: 80, object: 50, possessor: 30, oblique: 20, other: 10 };
const RECENCY = 100;
const HEAD_NOUN = 40;

export interface Scored {
  entity: Entity;
  score: number;
  /** The entity's latest mention before the reference. */
  last: PoolMention;
}

export interface SalienceOptions {
  /** How many sentences back to look. */
  window: number;
  /** The factor per sentence back (0.5 for pronouns, slower for descriptions). */
  decay: number;
  /** Which mentions may be antecedents at all (agreement, binding). */
  accept: (p: PoolMention) => boolean;
  /** Extra weight for an entity given its latest mention (parallel roles, head-word match). */
  bonus?: (p: PoolMention) => number;
}

export function mentionWeight(p: PoolMention): number {
  const headed = p.role === 'subject' || p.role === 'object' || p.role === 'oblique';
  return RECENCY + ROLE_WEIGHT[p.role] + (headed ? HEAD_NOUN : 0);
}

/** Entities ranked by salience at a reference (best first), among the mentions `accept` lets through. */
export function rankEntities(ctx: ReferenceContext, pos: number, sentence: number, opts: SalienceOptions): Scored[] {
  const byEntity = new Map<string, Scored>();
  // Within one sentence an entity counts once, by its weightiest mention; sentences add up.
  const perSentence = new Map<string, number>();
  for (const p of ctx.before(pos, Math.max(0, sentence - opts.window))) {
    if (!opts.accept(p)) continue;
    const w = mentionWeight(p) * Math.pow(opts.decay, sentence - p.sentence);
    const key = `${p.entity.id}@${p.sentence}`;
    const had = perSentence.get(key) ?? 0;
    const add = Math.max(0, w - had);
    if (w > had) perSentence.set(key, w);
    const s = byEntity.get(p.entity.id);
    if (s) { s.score += add; s.last = p; } else byEntity.set(p.entity.id, { entity: p.entity, score: add, last: p });
  }
  const out = [...byEntity.values()];
  if (opts.bonus) for (const s of out) s.score += opts.bonus(s.last);
  return out.sort((a, b) => b.score - a.score);
}
