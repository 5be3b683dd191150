import { coordinated, nearestSubject, objectAfterPreposition, objectFrom, sentenceSubject, subjectBefore } from './arguments.js';
import type { RawClaim } from './raw.js';
import { victimsAfter } from './victims.js';
import type { TriggerMatch } from './triggers.js';
import { DO_ACT, LIGHT, RECEIVE, UNDERGO, governingVerb, leftOfNoun, ofWhichAntecedent, passivePatients, predicateSubject } from './noun-phrase.js';
import type { DocView, Slot } from './view.js';
import { BE, DETERMINERS, isAdverb } from './words.js';

/** Claims from a noun: "X's attack on Y", "the alliance between X and Y", "the X-Y nexus", "X is Y's proxy". */
export function nounClaims(view: DocView, m: TriggerMatch): RawClaim[] {
  const noun = m.noun!;
  const { tokens } = view;
  const out: RawClaim[] = [];
  const push = (x: Slot, y: Slot, via: string, strength: number) => {
    if (x.entity.id !== y.entity.id) out.push({ subject: x, object: y, predicate: noun.predicate, trigger: [m.first, m.last], rule: `noun/${noun.noun.replace(/ /g, '-')}/${via}`, strength });
  };
  const left = leftOfNoun(view, m.first);
  if (noun.pair) {
    if (left.pair) { push(left.pair[0], left.pair[1], 'hyphen-pair', 0.75); return out; }
    const between = objectAfterPreposition(view, m.last, ['between'], 3);
    if (between && between.slots.length >= 2) { push(between.slots[0], between.slots[1], 'between', 0.8); return out; }
  }
  if (noun.predicative) {
    const subject = predicateSubject(view, left.start);
    let objects: Slot[] = left.owner ? [left.owner] : objectAfterPreposition(view, m.last, noun.objects, 3)?.slots ?? [];
    if (!objects.length && subject) {
      const ante = ofWhichAntecedent(view, subject.slots[0].first - 1);
      if (ante) objects = [ante];
    }
    if (subject) for (const x of subject.slots) for (const y of objects) push(x, y, subject.via, 0.75);
    return out;
  }
  // Subject: the possessor or modifier, the subject of a light verb ("X carried out attacks on Y",
  // "X received funding from Y", reversed), or an agent after the noun ("attack by X on Y").
  let subjects: Slot[] = left.owner ? coordinated(view, left.owner, -1) : [];
  let via = 'possessor';
  let reverse = false;
  if (!subjects.length) {
    let k = left.start - 1;
    while (k >= 0 && DETERMINERS.has(tokens[k].norm)) k--;
    // "concluded the first round of talks": over the counting phrase to the verb.
    if (/^(round|rounds|session|sessions|phase|stage)$/.test(tokens[k]?.norm ?? '')) {
      k--;
      while (k >= 0 && (DETERMINERS.has(tokens[k].norm) || /^(first|second|third|fourth|final|new|latest|fresh|next|last|another|initial)$/.test(tokens[k].norm))) k--;
    }
    // "engaged in the fight against", "took part in the raid on"
    if (tokens[k]?.norm === 'in' && /^(engaged|engage|engages|participated|participate|participates|part|involved)$/.test(tokens[k - 1]?.norm ?? '')) k--;
    if (tokens[k]?.norm === 'part' && /^(took|take|takes|taking)$/.test(tokens[k - 1]?.norm ?? '')) k--;
    const verb = tokens[k];
    if (verb && (LIGHT.has(verb.norm) || RECEIVE.has(verb.norm))) {
      let j = k;
      while (j - 1 >= 0 && (LIGHT.has(tokens[j - 1].norm) || BE.has(tokens[j - 1].norm) || isAdverb(tokens[j - 1].norm) || /^(has|have|had|also|even|not|n't|to|started|begun|began)$/.test(tokens[j - 1].norm))) j--;
      let s = subjectBefore(view, j);
      // "..., by undertaking selective actions against X": a gerund after a preposition shares the clause's subject.
      if (!s && /ing$/.test(verb.norm) && /^(by|after|while|through|for|in)$/.test(tokens[j - 1]?.norm ?? '')) {
        const main = nearestSubject(view, j) ?? sentenceSubject(view, j);
        if (main) s = { slots: [main], via: 'gerund' };
      }
      if (s) { subjects = s.slots; via = `light-${s.via}`; reverse = RECEIVE.has(verb.norm); }
    }
  }
  if (!subjects.length && noun.agents?.length) {
    const agent = objectAfterPreposition(view, m.last, noun.agents, 6);
    if (agent) { subjects = agent.slots; via = 'agent'; }
  }
  // "X was involved in the attack on Y": the subject of the governing verb did it.
  if (!subjects.length) {
    const gov = governingVerb(view, left.start);
    if (gov && DO_ACT.has(tokens[gov.verb].norm)) { subjects = gov.subject; via = 'governed-actor'; }
  }
  // "X has been at war with Y", "X is in talks with Y": the copula's subject.
  if (!subjects.length && /^(at|in)$/.test(tokens[left.start - 1]?.norm ?? '') && noun.objects.includes('with')) {
    const s = predicateSubject(view, left.start - 1);
    if (s) { subjects = s.slots; via = `copula-${s.via}`; }
  }
  // "flew gunships in support of Malian troops": the clause's subject.
  if (!subjects.length && tokens[left.start - 1]?.norm === 'in' && /^(support|cooperation|coordination|alliance|collaboration|partnership)$/.test(tokens[m.first].norm)) {
    const main = sentenceSubject(view, left.start - 1);
    if (main) { subjects = [main]; via = 'in-support-of'; }
  }
  // "a joint Nigeria-Chad military operation against Boko Haram": both sides of the hyphen act.
  if (!subjects.length && left.pair) { subjects = [left.pair[0], left.pair[1]]; via = 'hyphen-pair'; }
  // "Pakistan and Afghanistan concluded talks": a symmetric noun between coordinated subjects.
  if (noun.pair && subjects.length >= 2 && !noun.objects.some((p) => objectAfterPreposition(view, m.last, [p], 4))) {
    push(subjects[0], subjects[1], `${via}-pair`, 0.7);
    return out;
  }
  if (!subjects.length) return out;
  const objectPreps = reverse ? ['from'] : noun.objects;
  // The object may follow the agent: "an attack carried out by X fighters on its camp".
  const agentEnd = via === 'agent' ? Math.max(...subjects.map((x) => x.last)) : m.last;
  const found = objectAfterPreposition(view, m.last, objectPreps, 6) ?? (agentEnd > m.last ? objectAfterPreposition(view, agentEnd, objectPreps, 4) : undefined);
  let objects = found?.slots ?? [];
  // "X responded to an attack by Y", "X disregarded Y's requests": the governing verb's subject undergoes it.
  if (!objects.length) {
    const gov = governingVerb(view, left.start);
    if (gov && UNDERGO.has(tokens[gov.verb].norm)) {
      objects = gov.subject;
      // "ISWAP fighters responded to an attack by the Nigerian army": who answers an attack is hostile to its author.
      if (noun.predicate === 'ATTACKED' && /^(responded|respond|responds|repelled|repel|repels|repulsed|thwarted|foiled)$/.test(tokens[gov.verb].norm)) {
        for (const x of gov.subject) for (const y of subjects) if (x.entity.id !== y.entity.id) out.push({ subject: x, object: y, predicate: 'HOSTILE_TO', trigger: [gov.verb, m.last], rule: `noun/${noun.noun}/${tokens[gov.verb].norm}`, strength: 0.6 });
      }
    }
  }
  // "X's ties with Y": with no object after the noun, a direct object may follow a light verb's subject.
  if (!objects.length && noun.pair && noun.objects.includes('with')) objects = objectAfterPreposition(view, m.last, ['with', 'to'], 4)?.slots ?? [];
  // "a headquarters belonging to the 47th Brigade was targeted by three drone strikes by American aircraft".
  if (!objects.length && noun.predicate === 'ATTACKED') objects = passivePatients(view, left.start);
  // "strikes that resulted in the deaths of four PMF fighters", "an ambush, killing six police officers".
  if (!objects.length && noun.predicate === 'ATTACKED') objects = victimsAfter(view, Math.max(m.last, agentEnd));
  if (!objects.length && noun.predicate === 'BASED_IN') objects = objectFrom(view, m.last, 3).filter((o) => o.entity.type === 'Location');
  for (const x of subjects) for (const y of objects) reverse ? push(y, x, via, 0.65) : push(x, y, via, via === 'possessor' ? 0.7 : 0.65);
  return out;
}

