import { table } from '../core/index.js';
import type { Token } from '../core/index.js';
import type { KbEntry, KnowledgeBase } from '../kb/index.js';
import { ROLE_NOUNS } from './words.js';

/** Body nouns after a demonym and the kind of state body they name ("Pakistani intelligence"). */
const BODY_NOUNS = table<string[]>({
  authorities: ['country'], officials: ['country'], forces: ['country'], troops: ['country'], soldiers: ['country'],
  delegation: ['country'], leadership: ['country'], side: ['country'], state: ['country'], establishment: ['country'], contingent: ['country'], counterparts: ['country'],
  government: ['government', 'country'], regime: ['government', 'country'], administration: ['government', 'country'],
  military: ['army', 'armed-forces', 'country'], army: ['army', 'armed-forces', 'country'], navy: ['navy'],
  police: ['police'], intelligence: ['intelligence'], 'military intelligence': ['intelligence'], 'security forces': ['country'], 'law enforcement': ['police'],
  'security personnel': ['country'], personnel: ['country'], policemen: ['police'], 'police officers': ['police'],
  // Aircraft and ships may belong to any service: "American aircraft" is the United States.
  aircraft: ['country'], warplanes: ['country'], jets: ['country'], 'fighter jets': ['country'],
  drones: ['country'], helicopters: ['country'], warships: ['country'], 'naval forces': ['navy'],
});

/** Words that may follow an actor noun phrase (a verb, an auxiliary, a preposition, a conjunction). */
export const FOLLOWERS = /^(is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|did|does|do|said|say|says|told|also|and|or|but|of|in|on|at|by|for|with|from|to|into|against|that|which|who|as|than|the|a|an|its|their|not|never|say|claimed|reportedly|allegedly|themselves|itself|near|during|after|before|while|within|outside|inside|across|along|since|over|under|when|where|between|around|including|amid|despite|through|toward|towards|last|this|earlier|later|yesterday|today|now|then|still|had|being|struck|hit|shot|fought|took|led|began|sent|fled|met|made|held|gave|kept|left|lost|won|overran|shelled|bombed|stormed|seized|say|says|claim|claims|deny|denies)$/;

export interface DemonymUse {
  /** One past the last token of the phrase ("Pakistani authorities"). */
  end: number;
  entry: KbEntry;
}

/**
 * A demonym names an actor only with a body noun after it: "Pakistani
 * authorities" is Pakistan, "Pakistani intelligence" its intelligence
 * service; "Pakistani territory" names no actor.
 */
export function demonymActor(kb: KnowledgeBase, country: KbEntry, tokens: Token[], last: number, ceil: number, mentioned?: Set<string>): DemonymUse | undefined {
  // "Chadian and Nigerien troops", "Malian, Nigerien and Chadian soldiers": the body noun after the last
  // of the coordinated names is each one's; the mention stays the name alone.
  let after = last;
  while (after + 1 < ceil && (tokens[after].norm === 'and' || tokens[after].norm === ',') && tokens[after + 1].upper && tokens[after + 1].kind === 'word') after += 2;
  if (after > last) {
    const shared = after < ceil && !tokens[after].upper ? demonymActor(kb, country, tokens, after, ceil, mentioned) : undefined;
    return shared && { end: last, entry: shared.entry };
  }
  const one = last < ceil ? tokens[last] : undefined;
  if (!one || one.upper) return undefined;
  const two = last + 1 < ceil ? `${one.norm} ${tokens[last + 1].norm}` : '';
  const [noun, end] = BODY_NOUNS.has(two) ? [two, last + 2] : BODY_NOUNS.has(one.norm) ? [one.norm, last + 1] : ['', 0];
  if (!noun) return undefined;
  // "a Chad military operation", "an army base": the noun is a modifier, not an actor.
  const follower = tokens[end];
  // ...but "Ukraine intelligence representative X", "Pakistani army spokesman": a role of that body.
  if (follower && end < ceil && follower.kind === 'word' && !follower.upper && !FOLLOWERS.test(follower.norm) && !/ed$/.test(follower.norm) && !ROLE_NOUNS.has(follower.norm)) return undefined;
  for (const kind of BODY_NOUNS.get(noun)!) {
    // A body of that kind the document names elsewhere ("Ukraine intelligence" after "Ukrainian military intelligence").
    const named = mentioned && kb.entriesOf(country.id).find((e) => e.kind === kind && e.type === 'StateBody' && mentioned.has(e.id));
    const body = named || kb.bodyOf(country.id, kind);
    if (body) return { end, entry: body };
  }
  return undefined;
}
