import type { DocView, Slot } from './view.js';
import { framesAround, mediumSpeaker, type Frame } from './attribution.js';
import { includedAfter, objectAfterPreposition, objectFrom, sentenceSubject, subjectBefore } from './arguments.js';
import type { RawClaim } from './raw.js';
import type { TriggerMatch } from './triggers.js';
import { victimsAfter } from './victims.js';
import { BE, isAdverb } from './words.js';

/** Start of the verb group: auxiliaries and adverbs before the trigger ("had been", "was reportedly"). */
function groupStart(view: DocView, a: number): { start: number; passive: boolean } {
  const { tokens } = view;
  const s = view.sentence(a);
  let k = a - 1;
  let passive = false;
  while (k >= s.first && !view.slotAt(k) && tokens[k].kind === 'word' && (BE.has(tokens[k].norm) || isAdverb(tokens[k].norm) || /^(has|have|had|not|n't|never|also)$/.test(tokens[k].norm))) {
    if (BE.has(tokens[k].norm)) passive = true;
    k--;
  }
  return { start: k + 1, passive };
}

/** "by X" after a passive verb (within a few words). */
function agentAfter(view: DocView, b: number): Slot[] {
  const { tokens } = view;
  const s = view.sentence(b - 1);
  for (let k = b; k < Math.min(s.last, b + 6); k++) {
    if (tokens[k].norm === 'by') return objectFrom(view, k + 1);
    // "attacked a wing controlled by X": the by-phrase belongs to "controlled".
    if (tokens[k].text === ',' || tokens[k].text === '.' || view.slotAt(k) || (k > b && /ed$/.test(tokens[k].norm))) return [];
  }
  return [];
}

/**
 * Claims from a verb: active ("X attacked Y", "X declared war on Y"),
 * passive ("Y was arrested by X"), reduced passive ("Y, backed by X"),
 * with coordinated subjects and objects.
 */
export function verbClaims(view: DocView, m: TriggerMatch, frames: Frame[] = []): RawClaim[] {
  const verb = m.verb!;
  const out: RawClaim[] = [];
  const { tokens } = view;
  const group = groupStart(view, m.first);
  const agents = m.participle ? agentAfter(view, m.last) : [];
  // "Y, backed by X": a participle after a name with a by-agent and no object of its own.
  const objectNext = /^(a|an|the|its|their|his|her)$/.test(tokens[m.last]?.norm ?? '') || view.slotAt(m.last) !== undefined;
  const reduced = m.participle && agents.length > 0 && !group.passive && !objectNext && (tokens[m.first - 1]?.text === ',' || view.slotAt(m.first - 1) !== undefined);
  if (m.participle && verb.passive !== false && (group.passive || reduced) && agents.length) {
    // Passive: the by-agent acts on what stands before the verb group.
    let patients = subjectBefore(view, group.start)?.slots ?? [];
    if (reduced && view.slotAt(m.first - 1)) patients = [view.slotAt(m.first - 1)!];
    else if (reduced && tokens[m.first - 1]?.text === ',' && view.slotAt(m.first - 2)) patients = [view.slotAt(m.first - 2)!];
    for (const x of agents) for (const y of patients) out.push(claim(x, y, m, verb.reverse, 'passive', 0.8));
    return out;
  }
  if (group.passive && m.participle && verb.passive !== false) {
    // Agentless passive ("had been arrested"): a state body reporting its own
    // arrests or releases is the agent ("Haitian authorities said that ... had been arrested").
    if (!/^(ARRESTED|RELEASED|HANDED_OVER)$/.test(verb.predicate)) return out;
    const reporter = framesAround(frames, m.first).reverse().find((f) => f.source && f.source.entity.type === 'StateBody')?.source;
    const patients = subjectBefore(view, group.start)?.slots ?? [];
    if (reporter) for (const y of patients) out.push({ ...claim(reporter, y, m, verb.reverse, 'passive-reporter', 0.55) });
    return out;
  }
  let subject = subjectBefore(view, group.start) ?? accusedOf(view, group.start) ?? controller(view, group.start);
  // "..., by enlisting support of X", "after capturing Y": a gerund after a preposition shares the sentence's subject.
  if (!subject && /^(by|after|before|while|for|in|through|without|despite)$/.test(tokens[group.start - 1]?.norm ?? '') && /ing$/.test(tokens[m.first].norm)) {
    // The clause's own subject first: "Muslim Khan, who had been sentenced ... for killing 31 soldiers".
    const local = clauseSubject(view, group.start - 1);
    const main = local ?? sentenceSubject(view, group.start);
    if (main) subject = { slots: [main], via: 'gerund' };
  }
  // A purpose clause shares the sentence's subject: "Pakistan has been smuggling weapons to arm them".
  if (!subject && tokens[group.start - 1]?.norm === 'to' && !view.slotAt(group.start - 2) && /^(weapons|arms|rockets|money|funds|fighters|men|troops|drones|missiles|cash|ammunition|explosives|supplies)$/.test(tokens[group.start - 2]?.norm ?? '')) {
    const main = sentenceSubject(view, group.start);
    if (main) subject = { slots: [main], via: 'purpose' };
  }
  // A verb in a coordinated clause shares the sentence's subject ("..., and instead released them").
  if (!subject && /^(and|but|then|instead|also|later|,)$/.test(tokens[group.start - 1]?.norm ?? '')) {
    // "urged X to honour its commitments and take action": the infinitive's subject carries over.
    const s = view.sentence(group.start);
    for (let k = group.start - 2; k > s.first && !subject; k--) {
      if (tokens[k].norm === 'to' && tokens[k + 1]?.kind === 'word' && !tokens[k + 1].upper) {
        const asked = controller(view, k + 1);
        if (asked) subject = { slots: asked.slots, via: 'coordinated-infinitive' };
        break;
      }
    }
  }
  if (!subject && /^(and|but|then|instead|also|later|,)$/.test(tokens[group.start - 1]?.norm ?? '')) {
    const main = sentenceSubject(view, group.start);
    if (main) subject = { slots: [main], via: 'coordinated-clause' };
  }
  // "The statement accused X and warned Y": the statement's author speaks.
  if (!subject && /^(ACCUSED|PRESSURED|PRAISED|HOSTILE_TO)$/.test(verb.predicate)) {
    const speaker = mediumSpeaker(view, frames, group.start);
    if (speaker) subject = { slots: [speaker], via: 'statement' };
  }
  if (!subject) return out;
  // "urged X to take action against Y": an act asked for is not an act done.
  const requested = subject.via === 'object-control' || subject.via === 'coordinated-infinitive' || controller(view, group.start)?.via === 'object-control';
  if (requested && !refusedOrDone(view, group.start)) return out;
  // "The Houthis and the government exchanged prisoners", "X and Y clashed": the subjects act on each other.
  if (subject.slots.length >= 2 && /^(NEGOTIATED_WITH|HOSTILE_TO|ALLY_OF|RELEASED)$/.test(verb.predicate) && /^(exchange|swap|clash|negotiate|talk|meet|fight|ally|cooperate|sign|agree)/.test(verb.base)) {
    const [a, b] = subject.slots;
    const predicate = verb.predicate === 'RELEASED' ? 'NEGOTIATED_WITH' : verb.predicate;
    return [{ subject: a, object: b, predicate, trigger: [m.first, m.last], rule: `verb/${verb.base.replace(/ /g, '-')}/mutual`, strength: 0.65 }];
  }
  const lastWord = tokens[m.last - 1].norm;
  // "apprehended and handed over X": a verb coordinated with the next one shares its object.
  // "arming, training and financing the militias": coordinated verbs share the last one's object.
  let from = m.last;
  while ((tokens[from]?.norm === 'and' || tokens[from]?.text === ',') && /(ed|en|ing)$/.test(tokens[from + 1]?.norm ?? '') && !view.slotAt(from + 1)) {
    from += 2;
    while (from < tokens.length && /^(over|up|down|out|off|back)$/.test(tokens[from].norm)) from++;
  }
  // "X demanded that the government release prisoners": the one the demand is made of leads the clause.
  if (verb.predicate === 'PRESSURED' && tokens[from]?.norm === 'that' && /^(demand|urge|insist|ask|press)$/.test(verb.base)) {
    for (const y of objectFrom(view, from + 1, 4)) for (const x of subject.slots) out.push(claim(x, y, m, verb.reverse, 'that-clause', 0.6));
    return out;
  }
  for (const path of verb.objects) {
    // "fought alongside X": the preposition is already part of the trigger.
    let found = path === 'direct' || path === lastWord ? objectFrom(view, from) : objectAfterPreposition(view, from, [path])?.slots ?? [];
    // "launched" acts on what it launches only when that is a named operation or offensive.
    if (verb.base === 'launch') {
      found = found.filter((x) => x.entity.type === 'Event');
      // "launched Operation X on February 21 against Boko Haram": the target too.
      const target = found.length ? objectAfterPreposition(view, found[found.length - 1].last, ['against'], 8)?.slots.filter((x) => x.entity.type !== 'Location') ?? [] : [];
      found = [...found, ...target];
    }
    // "battling a cross-border incursion by X", "repelled an attack by X": the act's author is the one faced.
    if (!found.length && path === 'direct' && /^(HOSTILE_TO|ATTACKED)$/.test(verb.predicate)) found = authorOfAct(view, from);
    if (!found.length) continue;
    const objects = [...found, ...includedAfter(view, found)];
    for (const x of subject.slots) for (const y of objects) out.push(claim(x, y, m, verb.reverse, subject.via, subject.via === 'subject' ? 0.8 : 0.65));
    // "supported the SDF against the Islamic State", "fought alongside federal forces against the TPLF": both sides face the foe.
    if (/^(ALLY_OF|SUPPORTS)$/.test(verb.predicate) && !verb.reverse) {
      const foes = objectAfterPreposition(view, Math.max(...objects.map((y) => y.last)), ['against'], 4)?.slots ?? [];
      for (const z of foes) for (const x of [...subject.slots, ...objects]) if (x.entity.id !== z.entity.id) out.push({ ...claim(x, z, m, false, `${subject.via}-against`, 0.6), predicate: 'HOSTILE_TO' });
    }
    // "claimed responsibility for the bombing which killed 40 CRPF personnel": the victims were attacked too,
    // and the claimant is the source of both.
    if (verb.base === 'claim responsibility') {
      out.push(...victimsOf(view, objects, subject.slots, m));
      for (const c of out) c.source ??= c.subject;
    }
    break;
  }
  // "conducting the strike, resulting in the deaths of four PMF fighters": no object but victims.
  if (!out.length && verb.predicate === 'ATTACKED') {
    for (const y of victimsAfter(view, m.last)) for (const x of subject.slots) out.push(claim(x, y, m, verb.reverse, `${subject.via}-victims`, 0.6));
  }
  return out;
}

const ACTS_FACED = /^(incursion|incursions|offensive|offensives|attack|attacks|assault|assaults|raid|raids|advance|invasion|insurgency|onslaught)$/;

/** The by-agent of an act named as the object: "a cross-border incursion by fighters of X". */
function authorOfAct(view: DocView, from: number): Slot[] {
  const { tokens } = view;
  const s = view.sentence(from);
  for (let k = from; k < s.last && k - from < 5; k++) {
    if (view.slotAt(k) || tokens[k].text === ',') return [];
    if (!ACTS_FACED.test(tokens[k].norm)) continue;
    if (tokens[k + 1]?.norm !== 'by') return [];
    let j = k + 2;
    // "by fighters of X", "by militants from X"
    while (j < s.last && j - k < 6 && !view.slotAt(j) && tokens[j].kind === 'word' && !tokens[j].upper) j++;
    return objectFrom(view, j, 3);
  }
  return [];
}

/** Victims named in a relative clause after a claimed incident ("... which killed 40 CRPF personnel"). */
function victimsOf(view: DocView, incidents: Slot[], attackers: Slot[], m: TriggerMatch): RawClaim[] {
  const out: RawClaim[] = [];
  for (const e of incidents) {
    if (e.entity.type !== 'Event') continue;
    for (const x of attackers) for (const y of victimsAfter(view, e.last)) out.push({ subject: x, object: y, predicate: 'ATTACKED', trigger: [m.first, m.last], rule: 'verb/claim-responsibility/victims', strength: 0.6, extent: [m.first, y.last] });
  }
  return out;
}

/**
 * The subject of an infinitive after a request: "urged X to release", "X's requests
 * to hand over" (the one asked), "called on X to".
 */
function controller(view: DocView, start: number): { slots: Slot[]; via: string } | undefined {
  const { tokens } = view;
  if (tokens[start - 1]?.norm !== 'to') return undefined;
  const asked = view.slotAt(start - 2);
  const before = asked && tokens[asked.first - 1]?.norm === 'the' ? asked.first - 2 : (asked?.first ?? 0) - 1;
  if (asked && /^(urged|urges|asked|asks|called|calls|pressed|presses|pushed|told|tells|warned|warns|forced|ordered|orders|allowed|allows|on|for)$/.test(tokens[before]?.norm ?? '')) return { slots: [asked], via: 'object-control' };
  // "Islamabad's requests to hand over": the one who received the requests.
  if (/^(requests|request|demands|demand|calls|call|pressure|appeals|appeal|ultimatum)$/.test(tokens[start - 2]?.norm ?? '')) {
    let k = start - 3;
    while (k >= 0 && (view.slotAt(k) || /^('s|'|the|its|their)$/.test(tokens[k].norm))) k--;
    while (k >= 0 && (isAdverb(tokens[k].norm) || /^(has|have|had)$/.test(tokens[k].norm))) k--;
    if (k >= 0 && /(ed|s)$/.test(tokens[k].norm)) {
      const s = subjectBefore(view, k);
      if (s) return { slots: s.slots, via: 'request-target' };
    }
  }
  return undefined;
}

/**
 * The subject of the clause a preposition at `k` belongs to, when that clause
 * is a relative one ("X, who had been sentenced by a court for killing"):
 * back over the clause's words to "who" or "which" and its antecedent.
 */
function clauseSubject(view: DocView, k: number): Slot | undefined {
  const { tokens } = view;
  const s = view.sentence(k);
  for (let j = k - 1; j > s.first && k - j < 14; j--) {
    const t = tokens[j];
    if (t.text === ',' || t.text === ';' || view.slotAt(j)) return undefined;
    if (t.norm === 'who' || t.norm === 'which') {
      const ante = subjectBefore(view, j + 1);
      return ante?.via === 'relative' ? ante.slots[0] : undefined;
    }
  }
  return undefined;
}

/** A request the sentence says was refused or met ("refused the call to", "heeded calls to"): its act is a claim. */
function refusedOrDone(view: DocView, start: number): boolean {
  const s = view.sentence(start);
  for (let k = s.first; k < start; k++) if (/^(refused|refuses|rejected|rejects|disregarded|disregards|ignored|ignores|defied|defies|heeded|heeds|complied|agreed|agrees)$/.test(view.tokens[k].norm)) return true;
  return false;
}

function claim(x: Slot, y: Slot, m: TriggerMatch, reverse: boolean | undefined, via: string, strength: number): RawClaim {
  const [subject, object] = reverse ? [y, x] : [x, y];
  return { subject, object, predicate: m.verb!.predicate, trigger: [m.first, m.last], rule: `verb/${m.verb!.base.replace(/ /g, '-')}/${via}`, strength };
}

const ACCUSING = new Set('accused accuses accuse accusing blamed blames blame blaming charged charges charge suspected suspects suspect'.split(' '));

/** "X accused Y of arming Z": Y is the subject of "arming". */
function accusedOf(view: DocView, start: number): { slots: Slot[]; via: string } | undefined {
  const { tokens } = view;
  if (!/^(of|for)$/.test(tokens[start - 1]?.norm ?? '')) return undefined;
  const slot = view.slotAt(start - 2);
  if (!slot) return undefined;
  let k = slot.first - 1;
  while (k >= 0 && /^(the|a|an|also|has|have|had|long|repeatedly)$/.test(tokens[k].norm)) k--;
  return ACCUSING.has(tokens[k]?.norm ?? '') ? { slots: [slot], via: 'accused-of' } : undefined;
}
