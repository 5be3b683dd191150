import type { Entity } from '../../core/index.js';
import { actorWords, entityWords, type PronounInfo } from '../../lang/en/index.js';
import type { PoolMention, ReferenceContext, Role } from './context.js';
import { mentionWeight, rankEntities } from './salience.js';

export interface Resolution {
  entity: Entity;
  rule: string;
}

/** Below this share of the winner's score a rival makes the choice unsure: the pronoun stays unresolved. */
const SURE = 0.12;

/**
 * The entity a third-person pronoun refers to: agreement (person or not,
 * number, gender where the text tells it), binding (a pronoun is not its own
 * clause's co-argument; a reflexive is), cataphora into the main clause
 * ("Once it seized power, the Taliban ..."), then salience with parallel
 * roles. An unnamed person or thing that outranks every entity ("a local
 * chief said he ...") leaves the pronoun unresolved, and so does a near tie.
 */
export function resolvePronoun(ctx: ReferenceContext, w: number, info: PronounInfo, exclude: ReadonlySet<string> = new Set()): Resolution | undefined {
  const { doc } = ctx;
  const word = doc.words[w];
  const si = word.sentence;
  const own = ctx.clauseOf(w);
  const role = ctx.role(w);
  const agrees = (e: Entity) => info.types.includes(e.type) && genderFits(ctx, e, info) && !exclude.has(e.id);
  if (namesNoOne(ctx, w)) return undefined;
  const accused = deniedCharge(ctx, w, agrees);
  if (accused) return { entity: accused, rule: 'coref/denied-charge' };
  // "accused X of rebuilding its positions": the object of the verb of accusing does what the gerund says.
  if (info.possessive) {
    const doer = accusedDoer(ctx, w, agrees);
    if (doer) return { entity: doer, rule: 'coref/accused-possessive' };
  }
  const ahead = cataphor(ctx, w, agrees);
  if (ahead) return { entity: ahead, rule: 'coref/pronoun-cataphora' };
  // "Lashkar-e-Taiba and its charity arm", "Hamas or its allies": the conjunct the possessive's noun is coordinated with.
  if (info.possessive) {
    const owner = coordinatedOwner(ctx, w, info, agrees);
    if (owner === 'unnamed') return undefined;
    if (owner) return { entity: owner, rule: 'coref/possessive-coordinated' };
  }
  // "urged Israel to halt its strikes": a possessive in an infinitive's own clause is its controller's.
  if (info.possessive) {
    const ctl = controller(ctx, w, agrees);
    if (ctl) return { entity: ctl, rule: 'coref/possessive-controller' };
  }
  // "visited the hospital with X, its head nurse": a possessive in a noun phrase in apposition to a name.
  if (info.possessive) {
    const owner = appositiveOwner(ctx, w, agrees);
    if (owner) return { entity: owner, rule: 'coref/possessive-apposition' };
  }
  if (info.reflexive) {
    const subj = clauseSubject(ctx, own, word.start);
    return subj && agrees(subj.entity) ? { entity: subj.entity, rule: 'coref/reflexive' } : undefined;
  }
  // "It ignored the requests and released hundreds of them": a conjoined verb's subject is its clause's subject too.
  const sharedSubject = conjoinedSubject(ctx, own);
  // Binding holds for the entity, not only the mention: "the army said it intercepted them" - "them" is not
  // the army, which "it" already names in that clause.
  const boundAway = new Set<string>();
  if (!info.possessive) {
    for (let i = ctx.firstOfSentence(si); i < ctx.pool.length; i++) {
      const p = ctx.pool[i];
      if (p.mention.start >= word.start) break;
      if (p.sentence === si && p.head >= 0 && ctx.clauseOf(p.head) === own && p.role !== 'possessor' && p.role !== 'other' && p.role !== 'oblique') boundAway.add(p.entity.id);
    }
  }
  const accept = (p: PoolMention) => {
    if (!agrees(p.entity) || boundAway.has(p.entity.id)) return false;
    // The place a report was filed from is no actor of its sentences.
    if (p.head >= 0 && ctx.datelines.has(p.head)) return false;
    // "they" for a country named as such is unusual ("released hundreds of them" is not Pakistan).
    if (info.number === 'p' && p.mention.how === 'name' && p.entity.kbId && ctx.kb.get(p.entity.kbId)?.kind === 'country') return false;
    // Binding: "the army said the rebels attacked it": "it" is not "the rebels".
    if (!info.possessive && p.sentence === si && p.head >= 0 && (ctx.clauseOf(p.head) === own && p.role !== 'possessor' || p.head === sharedSubject)) return false;
    // An object's antecedent is not the subject of its sentence (parses of long coordinations go wrong),
    // unless that subject speaks or thinks the clause holding it ("X said the army had threatened him").
    if (!info.possessive && role !== 'subject' && p.sentence === si && p.role === 'subject' && p.head >= 0) {
      const v = ctx.clauseOf(p.head);
      if (!(entityWords().speechVerbs.has(ctx.doc.words[v].lemma.toLowerCase()) && ctx.tree.dominates(v, w) && ctx.clauseOf(w) !== v)) return false;
    }
    return true;
  };
  const bonus = (p: PoolMention) => {
    let b = 0;
    if (p.role === role && (role === 'subject' || role === 'object')) b += 35;
    // "The army said its troops ...", "X said he would ...": the subject of the clause that holds or governs the pronoun.
    // The subject may be a noun with the name in apposition ("His successor, X, died when he ...").
    const words = ctx.doc.words;
    const gs = governingSubject(ctx, w, !!info.possessive, !info.types.includes('Person'));
    const fit = numberFit(ctx, p, info);
    const atGs = gs >= 0 ? ctx.atHead(gs) ?? ctx.tree.children(gs, 'appos').map((k) => ctx.atHead(k)).find((q) => q) : undefined;
    if (atGs && atGs.entity.id === p.entity.id && atGs.mention.start < word.start) {
      // A body written in the singular says "it": "The navy said they had fired" means someone else.
      b += info.number === 'p' && fit <= 0 ? -60 : 60;
    } else if (gs >= 0 && words[gs].upos === 'NOUN' && !ctx.atHead(gs) && !(info.types.includes('Person') && entityWords().personNouns.has(words[gs].lemma.toLowerCase()))) {
      // "remnants of the group have hidden since its defeat", "the army's spokesman said it ...": the owner of an unnamed
      // subject (not for "he": "X's father said his son ..." is the father's).
      const owner = ctx.tree.children(gs, (r) => r === 'nmod' || r === 'nmod:poss').map((k) => ctx.atHead(k)).find((q) => q && q.mention.start < word.start);
      if (owner && owner.entity.id === p.entity.id) b += 40;
    }
    b += fit;
    return b;
  };
  const ranked = rankEntities(ctx, word.start, si, { window: 3, decay: 0.5, accept, bonus });
  if (!ranked.length) return undefined;
  // "He said troops had found X and shot him": an object in a report is seldom its own speaker when the report
  // (this sentence's or the one before) names another person it may be.
  if (!info.possessive && role !== 'subject' && info.types.includes('Person')) {
    const speaker = reportingSpeaker(ctx, w);
    if (speaker && ranked[0].entity.id === speaker) {
      const other = ranked.find((r) => r.entity.id !== speaker && r.entity.type === 'Person' && r.last.sentence >= si - 1 && reportedIn(ctx, r.last));
      // An unnamed person of the report ("troops found a wounded man and shot him") leaves it unsure.
      if (other) return unnamedRival(ctx, w, info, role) > other.score * (1 - SURE) ? undefined : { entity: other.entity, rule: 'coref/reported-participant' };
    }
  }
  const [best, second] = ranked;
  const rival = unnamedRival(ctx, w, info, role);
  // An unnamed person about as salient as the best named one ("a village elder told reporters that X ... He said") makes it unsure.
  if (rival > best.score * (1 - SURE)) return undefined;
  if (second && best.score - second.score < SURE * best.score) return undefined;
  return { entity: best.entity, rule: info.possessive ? 'coref/possessive' : 'coref/pronoun' };
}

function isSpeechVerb(ctx: ReferenceContext, v: number): boolean {
  const x = ctx.doc.words[v];
  return x.upos === 'VERB' && entityWords().speechVerbs.has(x.lemma.toLowerCase());
}

/** The entity that speaks the report holding word w: the subject of the nearest speech verb above w's clause. */
function reportingSpeaker(ctx: ReferenceContext, w: number): string | undefined {
  const words = ctx.doc.words;
  let c = ctx.clauseOf(w);
  for (let guard = 0; guard < 6 && c >= 0 && words[c].head >= 0; guard++) {
    const up = ctx.clauseOf(words[c].head);
    if (isSpeechVerb(ctx, up)) {
      const subj = ctx.subjectOf(up);
      return subj >= 0 ? ctx.atHead(subj)?.entity.id : undefined;
    }
    c = up;
  }
  return undefined;
}

/** Is a mention inside what a speech verb reports (under the verb, not its subject)? */
function reportedIn(ctx: ReferenceContext, p: PoolMention): boolean {
  if (p.head < 0) return false;
  const words = ctx.doc.words;
  let c = ctx.clauseOf(p.head);
  if (c === p.head) return false;
  // "said a rebel courier, X, had been caught": a parse may hang the reported subject on the speech verb as its object.
  if (isSpeechVerb(ctx, c) && p.role === 'object') return true;
  for (let guard = 0; guard < 6 && c >= 0; guard++) {
    if (words[c].head < 0) return false;
    const up = ctx.clauseOf(words[c].head);
    if (isSpeechVerb(ctx, up)) return true;
    c = up;
  }
  return false;
}

/**
 * Pronouns that name no actor: "as they say", "they say the lake ..." (a
 * present-tense "they" of saying is people in general); "it was the
 * deadliest attack", "it does not matter" (an "it" whose predicate is an
 * event or a thing, or a verb that takes no actor).
 */
export function namesNoOne(ctx: ReferenceContext, w: number): boolean {
  const words = ctx.doc.words;
  const x = words[w];
  const form = x.form.toLowerCase();
  if (!x.deprel.startsWith('nsubj') || x.head < 0) return false;
  const head = words[x.head];
  const cues = entityWords().referenceCues;
  if (form === 'they') return head.xpos === 'VBP' && cues.genericSpeech.has(head.lemma.toLowerCase());
  if (form !== 'it') return false;
  if (head.upos === 'VERB' && cues.dummyVerbs.has(head.lemma.toLowerCase())) return true;
  // A nominal predicate: "it was the deadliest clash", but "it is a terrorist group" names one.
  if (head.upos !== 'NOUN' || ctx.tree.child(x.head, 'cop') < 0) return false;
  const lemma = head.lemma.toLowerCase();
  if (entityWords().personNouns.has(lemma) || entityWords().personNouns.has(head.form.toLowerCase())) return false;
  const described = entityWords().descriptions.get(head.form.toLowerCase()) ?? entityWords().descriptions.get(lemma);
  return !described?.types?.some((t) => t !== 'Location' && t !== 'Event');
}

/**
 * "accused Rwanda of sending troops, a charge it denies": the pronoun that
 * denies a charge is the one the charge was made against, the object of the
 * verb of accusing the charge noun sums up.
 */
function deniedCharge(ctx: ReferenceContext, w: number, agrees: (e: Entity) => boolean): Entity | undefined {
  const words = ctx.doc.words;
  const cues = entityWords().referenceCues;
  if (!words[w].deprel.startsWith('nsubj')) return undefined;
  const verb = words[w].head;
  if (verb < 0 || !cues.denyVerbs.has(words[verb].lemma.toLowerCase()) || !words[verb].deprel.startsWith('acl')) return undefined;
  const noun = words[verb].head;
  if (noun < 0 || !cues.chargeNouns.has(words[noun].lemma.toLowerCase())) return undefined;
  // The verb of accusing the charge noun hangs under, or the nearest one before it in the sentence.
  let accuse = -1;
  for (let a = words[noun].head, guard = 0; a >= 0 && guard < 8; a = words[a].head, guard++) {
    if (words[a].upos === 'VERB' && cues.accuseVerbs.has(words[a].lemma.toLowerCase())) { accuse = a; break; }
  }
  if (accuse < 0) {
    for (let a = noun - 1; a >= 0 && words[a].sentence === words[noun].sentence; a--) {
      if (words[a].upos === 'VERB' && cues.accuseVerbs.has(words[a].lemma.toLowerCase())) { accuse = a; break; }
    }
  }
  if (accuse < 0) return undefined;
  const obj = ctx.tree.child(accuse, 'obj');
  const p = obj >= 0 ? ctx.atHead(obj) : undefined;
  return p && agrees(p.entity) ? p.entity : undefined;
}

/**
 * "accused Afghanistan of letting militants operate from its territory": in
 * the "of"-gerund of a verb of accusing, the accused is the gerund's subject,
 * and a possessive in it is the accused when it agrees.
 */
function accusedDoer(ctx: ReferenceContext, w: number, agrees: (e: Entity) => boolean): Entity | undefined {
  const words = ctx.doc.words;
  const accuse = entityWords().referenceCues.accuseVerbs;
  // Up from the pronoun to the gerund, then to the verb it completes.
  for (let g = words[w].head, guard = 0; g >= 0 && guard < 6; g = words[g].head, guard++) {
    if (words[g].upos === 'VERB' && words[g].xpos === 'VBG' && ctx.tree.child(g, (r) => r === 'mark' || r === 'case') >= 0) {
      const mark = ctx.tree.child(g, (r) => r === 'mark' || r === 'case');
      let v = words[g].head;
      // The gerund may hang on the accused noun ("accused [the group of rebuilding ...]").
      const onNoun = v >= 0 && words[v].deprel === 'obj' && words[v].upos !== 'VERB' ? v : -1;
      if (onNoun >= 0) v = words[onNoun].head;
      if (words[mark].form.toLowerCase() !== 'of' || v < 0 || !accuse.has(words[v].lemma.toLowerCase())) return undefined;
      // Only when the gerund has no subject of its own, and not for a thing done to another ("of shelling its positions").
      if (ctx.tree.child(g, (r) => r.startsWith('nsubj')) >= 0 || entityWords().referenceCues.againstVerbs.has(words[g].lemma.toLowerCase())) return undefined;
      const obj = onNoun >= 0 ? onNoun : ctx.tree.child(v, 'obj');
      const p = obj >= 0 ? ctx.atHead(obj) : undefined;
      return p && agrees(p.entity) ? p.entity : undefined;
    }
    if (words[g].upos === 'VERB' && words[g].xpos !== 'VBG') {
      // "letting TTP commanders operate from its territory": through a verb the gerund governs.
      if (words[g].deprel !== 'xcomp' && words[g].deprel !== 'ccomp' && words[g].deprel !== 'conj') return undefined;
    }
  }
  return undefined;
}

/** Plural-looking names ("the Taliban", "Houthis", "Armed Forces") go with "they", others with "it". */
function numberFit(ctx: ReferenceContext, p: PoolMention, info: PronounInfo): number {
  if (p.entity.type === 'Person') return 0;
  // As the text wrote it last: "the Israeli military" is an "it" though the entity is the Israel Defense Forces;
  // "the M23 rebels" is a "they" though the name is one word.
  const head = p.head >= 0 ? ctx.doc.words[p.head] : undefined;
  const outside = head && (head.start >= p.mention.end || head.end <= p.mention.start);
  const last = outside ? head.form.toLowerCase() : p.mention.text.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  const plural = /[^s]s$/.test(last) || last === 'taliban' || last === 'mujahideen' || last === 'mujahidin';
  if (info.number === 'p') return plural ? 20 : 0;
  // A place is an "it" less often than an actor is ("the town ... it" is rarer than "the group ... it").
  if (p.entity.type === 'Location') return -30;
  return plural ? -15 : 0;
}

function genderFits(ctx: ReferenceContext, e: Entity, info: PronounInfo): boolean {
  if (!info.gender || e.type !== 'Person') return true;
  // What the text says: a title or role ("Mrs", "spokeswoman"), or the pronouns already resolved to the person.
  const told = ctx.gender.get(e.id);
  if (told) return told === info.gender;
  const cues = entityWords().femaleCues;
  const female = [...e.roles, ...e.aliases].join(' ').toLowerCase().split(/[^a-z]+/).some((x) => cues.has(x));
  return info.gender === 'f' || !female;
}

/** The subject of a clause, when it is a mention before `pos`. */
function clauseSubject(ctx: ReferenceContext, clause: number, pos: number): PoolMention | undefined {
  const subj = ctx.subjectOf(clause);
  if (subj < 0) return undefined;
  const p = ctx.atHead(subj);
  return p && p.mention.start < pos ? p : undefined;
}

/**
 * "Once it seized power, the Taliban refused ...": a pronoun in an adverbial
 * clause that opens the sentence may point at the main clause's subject.
 */
function cataphor(ctx: ReferenceContext, w: number, agrees: (e: Entity) => boolean): Entity | undefined {
  const words = ctx.doc.words;
  const c = ctx.clauseOf(w);
  if (words[c].deprel !== 'advcl' || words[c].head < 0 || words[c].head < c) return undefined;
  // Only a subject or possessor of the opening clause ("once it", "after its ...").
  if (ctx.role(w) !== 'subject' && ctx.role(w) !== 'possessor') return undefined;
  const subj = ctx.tree.child(words[c].head, (r) => r.startsWith('nsubj'));
  if (subj < 0 || subj < w) return undefined;
  const p = ctx.atHead(subj);
  return p && agrees(p.entity) ? p.entity : undefined;
}

/**
 * The salience of the strongest unnamed competitor: a noun phrase that no
 * mention covers, in the pronoun's sentence or the one before, that agrees
 * with it (a person noun for he/she/they, a plural noun for they, a thing for it).
 */
function unnamedRival(ctx: ReferenceContext, w: number, info: PronounInfo, role: Role): number {
  const { words } = ctx.doc;
  const si = words[w].sentence;
  const from = ctx.doc.sentences[Math.max(0, si - 1)].wordFirst;
  const person = entityWords().personNouns;
  const own = ctx.clauseOf(w);
  // "Its spokesman", "their commander": what owns a member of a body is an actor, so a thing ("the raid") is no rival.
  const possessed = info.possessive ? words[w].head : -1;
  const actorOwner = possessed >= 0 && actorWords().memberNouns.has(words[possessed].lemma.toLowerCase());
  // An unnamed noun phrase gets what a named one would for governing the pronoun ("aid workers say they ...",
  // "X's father told reporters that his son ..."); a plural "they" may be people, so a person noun governs it too.
  const gs = governingSubject(ctx, w, !!info.possessive, info.number !== 'p' && !info.types.includes('Person'));
  let best = 0;
  for (let i = from; i < w; i++) {
    const x = words[i];
    if (x.upos !== 'NOUN') continue;
    const r = ctx.role(i);
    if (r !== 'subject' && r !== 'object' && !(r === 'oblique' && info.number === 'p')) continue;
    if (!info.possessive && x.sentence === si && ctx.clauseOf(i) === own) continue;
    const lemma = x.lemma.toLowerCase();
    const plural = x.xpos === 'NNS';
    // A description left unresolved ("the gunmen" before any group is named) is an unnamed actor too.
    const described = entityWords().descriptions.get(x.form.toLowerCase()) ?? entityWords().descriptions.get(lemma);
    const actor = !!described?.types?.some((t) => t === 'ArmedGroup' || t === 'StateBody');
    let fits: boolean;
    if (info.types.includes('Person') && !info.types.includes('ArmedGroup')) fits = !plural && person.has(lemma);
    else if (info.number === 'p') fits = plural && (person.has(x.form.toLowerCase()) || actor);
    else fits = !plural && !person.has(lemma) && (r === 'subject' || r === 'object');
    if (!fits || ctx.covered(x.start, x.end)) continue;
    // "Abba Musa, a fisherman who ...", "a fisherman, X,", "spokesman X": a noun in apposition to a name is that name.
    if ((x.deprel === 'appos' || x.deprel === 'nmod:desc') && x.head >= 0 && ctx.atHead(x.head)) continue;
    if (ctx.tree.children(i, (rel) => rel === 'appos' || rel === 'flat').some((k) => ctx.atHead(k))) continue;
    if (actorOwner && !actor && !person.has(lemma) && !actorWords().memberNouns.has(lemma)) continue;
    // A description that names no actor kind ("the report", "the town") is weighed as a description, not here;
    // nor is a part of a named owner ("IS-K's military council": the pronoun may well mean the owner).
    if (described && !actor && !described.namedOnly) continue;
    const owner = ctx.tree.child(i, (rel) => rel === 'nmod:poss' || rel === 'compound');
    // But a person a person has is someone else ("X's father told reporters that his son ..."); a body's officers are the body.
    const ownedBy = owner >= 0 ? ctx.covering(words[owner].start, words[owner].end) : undefined;
    if (ownedBy && !(ownedBy.entity.type === 'Person' && person.has(lemma))) continue;
    const p: PoolMention = { mention: { start: x.start, end: x.end, text: x.form, entity: '', how: 'description', rule: '' }, entity: undefined as never, head: i, sentence: x.sentence, role: r };
    const score = mentionWeight(p) * Math.pow(0.5, si - x.sentence) + (r === role ? 35 : 0) + (i === gs ? 60 : 0);
    if (score > best) best = score;
  }
  return best;
}

/** The subject word of the nearest clause above the pronoun's own (its own clause too for a possessive). */
function governingSubject(ctx: ReferenceContext, w: number, possessive: boolean, thing = false): number {
  const words = ctx.doc.words;
  let c = ctx.clauseOf(w);
  for (let guard = 0; guard < 8 && c >= 0; guard++) {
    if (possessive || c !== ctx.clauseOf(w)) {
      const subj = ctx.subjectOf(c);
      // "The service released a video in which the detained man, whom it did not name, said ...": a person is no "it";
      // the subject above is the one that governs it.
      const person = thing && subj >= 0 && (entityWords().personNouns.has(words[subj].lemma.toLowerCase()) || ctx.atHead(subj)?.entity.type === 'Person');
      if (subj >= 0 && subj !== w && !ctx.tree.dominates(subj, w) && !person) return subj;
      // "urged Israel to halt its strikes": an infinitive with no subject of its own is controlled by the object of
      // the verb it completes (object control), else by that verb's subject (found on the next step up).
      if (subj < 0 && words[c].deprel === 'xcomp' && words[c].head >= 0) {
        const ctl = ctx.tree.child(words[c].head, (r) => r === 'obj' || r === 'iobj');
        if (ctl >= 0 && ctl < w && !ctx.tree.dominates(ctl, w)) return ctl;
      }
    }
    if (words[c].head < 0) return -1;
    c = ctx.clauseOf(words[c].head);
  }
  return -1;
}

/**
 * "They met X, its head nurse", "the rebels' leader Y and Z, their spokesman":
 * a possessive opening a noun phrase in apposition to a name relates that name
 * to the nearest agreeing actor before it in the sentence (what the apposition
 * says the named one is to it), not to the most salient one of the text. Only
 * when that actor is the nearest candidate of any kind but persons: a place or
 * another actor in between makes it unsure, and salience decides.
 */
function appositiveOwner(ctx: ReferenceContext, w: number, agrees: (e: Entity) => boolean): Entity | undefined {
  const words = ctx.doc.words;
  const noun = words[w].head;
  if (noun < 0 || words[w].deprel !== 'nmod:poss' || noun < w) return undefined;
  // The name the noun phrase stands beside: the comma and the possessive come right after its mention.
  const comma = w - 1;
  if (comma < 0 || words[comma].form !== ',') return undefined;
  const host = ctx.covering(words[comma - 1]?.start ?? -1, words[comma - 1]?.end ?? -1);
  if (!host || host.mention.end !== words[comma].start || host.entity.type !== 'Person') return undefined;
  if (ctx.appositionAfter(host.mention.end) !== noun) return undefined;
  const si = words[w].sentence;
  // Back from the host, within the sentence: the first mention that is no person.
  let k = ctx.pool.indexOf(host) - 1;
  for (; k >= 0 && ctx.pool[k].sentence === si; k--) {
    const p = ctx.pool[k];
    if (p.entity.type === 'Person') continue;
    return agrees(p.entity) && ctx.actsAsBody(p.entity) ? p.entity : undefined;
  }
  return undefined;
}

/**
 * "urged Israel to halt its strikes", "forced the rebels to abandon their
 * positions": the understood subject of an infinitive that has none of its
 * own is the object of the verb it completes (object control); a possessive
 * in that infinitive's own clause is that object's, when a mention of an
 * agreeing actor. With no object ("vowed to continue its attacks") salience
 * and the governing subject decide.
 */
function controller(ctx: ReferenceContext, w: number, agrees: (e: Entity) => boolean): Entity | undefined {
  const words = ctx.doc.words;
  const c = ctx.clauseOf(w);
  if (words[c].deprel !== 'xcomp' || words[c].head < 0 || ctx.subjectOf(c) >= 0) return undefined;
  const ctl = ctx.tree.child(words[c].head, (r) => r === 'obj' || r === 'iobj');
  if (ctl < 0 || ctl > w) return undefined;
  const p = ctx.atHead(ctl);
  return p && agrees(p.entity) ? p.entity : undefined;
}

/**
 * The first conjunct a possessive's noun is coordinated with: its entity, or
 * 'unnamed' when it is a noun no mention covers that agrees in number ("his
 * boat and its engine", "the villagers and their cattle": the boat's, the
 * villagers'), which leaves the possessive unresolved.
 */
function coordinatedOwner(ctx: ReferenceContext, w: number, info: PronounInfo, agrees: (e: Entity) => boolean): Entity | 'unnamed' | undefined {
  const words = ctx.doc.words;
  const noun = words[w].head;
  if (noun < 0 || words[noun].deprel !== 'conj') return undefined;
  const first = words[noun].head;
  if (first < 0 || first > w) return undefined;
  const p = ctx.atHead(first);
  if (p) return agrees(p.entity) ? p.entity : undefined;
  const x = words[first];
  if (x.upos !== 'NOUN' || ctx.covered(x.start, x.end)) return undefined;
  const plural = x.xpos === 'NNS';
  const person = entityWords().personNouns.has(x.lemma.toLowerCase()) || entityWords().personNouns.has(x.form.toLowerCase());
  // "its" for a singular thing, "their" for a plural; "his"/"her" for a person noun.
  if (info.number === 'p' ? plural : !plural && (info.types.includes('Person') ? person : !person)) return 'unnamed';
  return undefined;
}

/** The subject a coordinated verb shares with the verb before it ("ignored ... and released"), or -1. */
function conjoinedSubject(ctx: ReferenceContext, clause: number): number {
  const words = ctx.doc.words;
  let c = clause;
  for (let guard = 0; guard < 4 && c >= 0; guard++) {
    if (ctx.tree.child(c, (r) => r.startsWith('nsubj')) >= 0) return guard === 0 ? -1 : ctx.tree.child(c, (r) => r.startsWith('nsubj'));
    if (words[c].deprel !== 'conj') return -1;
    c = words[c].head;
  }
  return -1;
}
