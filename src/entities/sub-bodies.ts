import type { Token } from '../core/index.js';
import { actorWords } from '../lang/en/index.js';
import type { Candidate } from './candidates.js';

/** Lower-case words that may qualify the unit noun ("media wing", "charity arm", "special operations unit"). */
const QUALIFIER = /^[a-z][a-z-]*$/;

/**
 * A named body introduced as a unit of a named possessor: "the Army's media
 * wing Inter-Services Public Relations", "Hezbollah's elite unit, the Radwan
 * Force". The body gets a role link to its owner (read as membership by the
 * claims stage), the way a person does in "TTP commander X". The unit noun
 * must be one the language data lists (wing, arm, unit, branch, brigade...).
 */
export function linkSubBodies(tokens: Token[], cands: Candidate[], sentenceOf: (tok: number) => number): void {
  const units = actorWords().unitNouns;
  const endsAt = new Map<number, number>();
  cands.forEach((c, i) => { if (!c.dropped && c.how !== 'title') endsAt.set(c.last, i); });
  cands.forEach((c) => {
    if (c.dropped || c.how === 'title' || c.roleOf !== undefined || c.type === 'Person' || c.type === 'Location') return;
    let k = c.first - 1;
    if (tokens[k]?.norm === 'the') k--;
    if (tokens[k]?.text === ',') k--;
    const nounAt = k;
    if (!tokens[k] || !units.has(tokens[k].norm) || tokens[k].upper) return;
    k--;
    for (let n = 0; n < 3 && tokens[k] && tokens[k].kind === 'word' && !tokens[k].upper && QUALIFIER.test(tokens[k].norm) && tokens[k].norm !== "'s"; n++) k--;
    if (tokens[k]?.norm !== "'s" && tokens[k]?.norm !== "'") return;
    const owner = endsAt.get(k);
    if (owner === undefined || sentenceOf(k) !== sentenceOf(c.first)) return;
    const o = cands[owner];
    if (o.type === 'Person' || o.type === 'Location') return;
    c.roleOf = owner;
    c.role = tokens.slice(k + 1, nounAt + 1).map((t) => t.text).join(' ');
  });
}
