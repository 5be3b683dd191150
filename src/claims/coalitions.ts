import type { KnowledgeBase } from '../kb/index.js';
import type { RawClaim } from './raw.js';

const FIGHTING = new Set(['ATTACKED', 'HOSTILE_TO']);

/**
 * Alliances the text shows by joint action or joint membership:
 *  - "the US and Israel struck Iran", "an attack by TTP and Taliban forces":
 *    two actors doing one hostile act together fight on one side;
 *  - "the US and Canada are part of the Five Eyes alliance": members of one alliance.
 * Read from the claims one trigger produced, so each keeps that trigger's quote.
 */
export function coalitionClaims(raws: RawClaim[], kb: KnowledgeBase): RawClaim[] {
  const byTrigger = new Map<string, RawClaim[]>();
  for (const r of raws) {
    const key = `${r.trigger[0]}:${r.predicate}:${r.object.entity.id}`;
    const list = byTrigger.get(key);
    if (list) list.push(r);
    else byTrigger.set(key, [r]);
  }
  const out: RawClaim[] = [];
  for (const group of byTrigger.values()) {
    const first = group[0];
    const alliance = first.predicate === 'MEMBER_OF' && isAlliance(kb, first.object.entity.kbId);
    if (!FIGHTING.has(first.predicate) && !alliance) continue;
    const sides = [...new Map(group.map((r) => [r.subject.entity.id, r.subject])).values()].filter((s) => s.entity.type !== 'Person');
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        out.push({ subject: sides[i], object: sides[j], predicate: 'ALLY_OF', trigger: first.trigger, rule: alliance ? 'coalition/co-members' : 'coalition/joint-action', strength: 0.55, extent: first.extent ?? [Math.min(sides[i].first, sides[j].first), Math.max(sides[i].last, sides[j].last, first.object.last)] });
      }
    }
  }
  return out;
}

function isAlliance(kb: KnowledgeBase, id?: string): boolean {
  const e = id ? kb.get(id) : undefined;
  return e?.kind === 'alliance';
}
