import type { Entity, Span } from '../../core/index.js';
import { entityWords } from '../../lang/en/index.js';
import { bodyOfCountry, placeWeights } from '../bodies.js';
import { canonicalEntry } from '../canonical.js';
import type { ReferenceContext } from './context.js';
import type { Resolution } from './pronouns.js';

const OPENERS = new Set(['“', '"', '«']);
const CLOSERS = new Set(['”', '"', '»']);

/** The quotations of the text: “…” and "…" pairs (straight quotes alternate). */
export function quotations(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open < 0 && OPENERS.has(ch)) open = i;
    else if (open >= 0 && CLOSERS.has(ch)) { out.push({ start: open, end: i + 1 }); open = -1; }
    // A paragraph break ends an unclosed quotation.
    else if (open >= 0 && ch === '\n' && text[i + 1] === '\n') open = -1;
  }
  return out;
}

/**
 * "We", "us" and "our" inside a quotation stand for the speaker's body: the
 * subject of the speech verb that governs or frames the quotation ("...,”
 * the spokesman said", 'X told reporters: “...”'); a person speaks for the
 * organisation the text gives them a role in. No speaker, or a speaker with
 * no body, leaves the pronoun unresolved.
 */
export function resolveQuotedSelf(ctx: ReferenceContext, w: number, quote: Span): Resolution | undefined {
  const speaker = speakerOf(ctx, w, quote);
  if (!speaker) return undefined;
  const body = bodyOf(ctx, speaker.entity, speaker.head);
  return body ? { entity: body, rule: 'coref/quoted-speaker' } : undefined;
}

/**
 * Who a third-person pronoun inside a quotation cannot be: the speaker, who
 * says "I", and the body the speaker says "we" for ("“We will not stop until
 * they are gone,” the minister said": "they" is not the minister's government).
 */
export function quotedOthers(ctx: ReferenceContext, w: number, quote: Span, selfWords: readonly number[]): Set<string> {
  const out = new Set<string>();
  const speaker = speakerOf(ctx, w, quote);
  if (!speaker) return out;
  out.add(speaker.entity.id);
  const { words } = ctx.doc;
  if (selfWords.some((i) => words[i].start > quote.start && words[i].end < quote.end)) {
    const body = bodyOf(ctx, speaker.entity, speaker.head);
    if (body) out.add(body.id);
  }
  return out;
}

/**
 * "our men held their positions", "we lost their trust"? A "their" in a clause
 * whose subject is "we" or a noun "our" owns is bound to that subject's body
 * when "their" owns part of the subject's own clause: the word of that "we"
 * or "our", or -1.
 */
export function boundToSelf(ctx: ReferenceContext, w: number): number {
  const { words } = ctx.doc;
  if (words[w].form.toLowerCase() !== 'their' || words[w].deprel !== 'nmod:poss') return -1;
  const owned = words[w].head;
  if (owned < 0 || !/^(obj|obl|iobj)/.test(words[owned].deprel)) return -1;
  const verb = words[owned].head;
  if (verb < 0) return -1;
  const subj = ctx.tree.child(verb, (r) => r.startsWith('nsubj'));
  if (subj < 0 || subj > w) return -1;
  const self = entityWords().quotedSelf;
  if (words[subj].upos === 'PRON') return self.has(words[subj].form.toLowerCase()) && words[subj].form.toLowerCase() === 'we' ? subj : -1;
  // "our men", "our fighters": a plural noun the speaker's body owns.
  const owner = ctx.tree.child(subj, 'nmod:poss');
  return owner >= 0 && words[owner].form.toLowerCase() === 'our' && words[subj].xpos === 'NNS' ? owner : -1;
}

function speakerOf(ctx: ReferenceContext, w: number, quote: Span): Speaker | undefined {
  const { words, sentences } = ctx.doc;
  const verbs = entityWords().speechVerbs;
  const first = words[ctx.wordAt(quote.start)]?.sentence ?? words[w].sentence;
  const lastWord = ctx.wordAt(quote.end) - 1;
  const last = words[Math.max(0, Math.min(lastWord, words.length - 1))].sentence;
  // Speech verbs outside the quotation, in its sentences or the one right before or after.
  let best = -1;
  let bestDistance = Infinity;
  // A speech verb in the quotation's own sentences frames it: when its speaker names no entity ("a police
  // officer said"), the speaker is unknown, not the speaker of the quotation before or after.
  let framed = false;
  const from = sentences[Math.max(0, first - 1)].wordFirst;
  const to = sentences[Math.min(sentences.length - 1, last + 1)].wordLast;
  for (let i = from; i < to; i++) {
    const x = words[i];
    if (x.upos !== 'VERB' || !verbs.has(x.lemma.toLowerCase())) continue;
    if (x.start >= quote.start && x.end <= quote.end) continue;
    const own = x.sentence >= first && x.sentence <= last;
    if (framed && !own) continue;
    // The verb that governs the pronoun wins outright; otherwise the nearest to the quotation's edges.
    const governs = ctx.tree.dominates(i, w);
    const d = governs ? -1 : Math.min(Math.abs(x.start - quote.end), Math.abs(quote.start - x.end)) + (x.sentence === words[w].sentence ? 0 : 200);
    if (own && !framed) { framed = true; best = -1; bestDistance = Infinity; }
    if (d < bestDistance && subjectEntity(ctx, i)) { best = i; bestDistance = d; }
  }
  return best >= 0 ? subjectEntity(ctx, best) : undefined;
}

/** The entity of a speech verb's subject: the mention on it, else the body its noun phrase names ("a spokesman for the group"). */
interface Speaker { entity: Entity; head: number }

function subjectEntity(ctx: ReferenceContext, verb: number): Speaker | undefined {
  const subj = speechSubject(ctx, verb);
  if (subj < 0) return undefined;
  const on = ctx.atHead(subj);
  if (on) return { entity: on.entity, head: subj };
  // "the group's spokesman", "a spokesman for the army", "X, a spokesman for the group".
  for (const k of [...ctx.tree.children(subj, (r) => r === 'nmod:poss' || r === 'nmod' || r === 'appos' || r === 'compound')]) {
    const p = ctx.atHead(k);
    if (p && (p.entity.type !== 'Location' || ctx.actsAsBody(p.entity))) return { entity: p.entity, head: k };
    const q = bodyNamedUnder(ctx, k);
    if (q) return { entity: q, head: k };
  }
  return undefined;
}

/**
 * The subject of a speech verb; after a quotation the order is often inverted
 * ("…,” said the group's spokesman") and a parse may attach the speaker as the
 * verb's object or complement: the first noun right after the verb then.
 */
function speechSubject(ctx: ReferenceContext, verb: number): number {
  const subj = ctx.tree.child(verb, (r) => r === 'nsubj');
  if (subj >= 0) return subj;
  const { words } = ctx.doc;
  const before = words[verb - 1];
  if (!before || !/^[”"»,]$/.test(before.form) && before.xpos !== "''") return -1;
  const after = [...ctx.tree.children(verb, (r) => /^(obj|ccomp|dep|parataxis|appos|xcomp)$/.test(r))].find((k) => k > verb) ?? -1;
  if (after < 0 || (words[after].upos !== 'NOUN' && words[after].upos !== 'PROPN')) return -1;
  // Only determiners, possessors and modifiers between the verb and the noun.
  for (let i = verb + 1; i < after; i++) if (ctx.tree.dominates(after, i) === false) return -1;
  return after;
}

/** An organisation (no place, no person) mentioned on a word. */
function bodyAt(ctx: ReferenceContext, k: number): Entity | undefined {
  const p = ctx.atHead(k);
  return p && ctx.actsAsBody(p.entity) ? p.entity : undefined;
}

/** "heads police in Bannu": a body noun with no name is the document's body of that kind, when the text names it. */
function bodyOfKind(ctx: ReferenceContext, k: number): Entity | undefined {
  const { words } = ctx.doc;
  const info = entityWords().descriptions.get(words[k].form.toLowerCase());
  const country = ctx.countries[0];
  if (!info?.kinds || !country || ctx.tree.child(k, (r) => r === 'nmod:poss' || r === 'amod') >= 0) return undefined;
  for (const kind of info.kinds) {
    const body = bodyOfCountry(ctx.kb, country, kind, placeWeights(ctx.kb, ctx.places(), words[k].sentence));
    const e = body && ctx.entityFor(canonicalEntry(ctx.kb, body.id, ''));
    if (e) return e;
  }
  return undefined;
}

/** "a spokesman for the group", "the army's spokesman": the body a role noun names. */
function bodyNamedUnder(ctx: ReferenceContext, k: number): Entity | undefined {
  for (const kk of ctx.tree.children(k, (r) => r === 'nmod' || r === 'nmod:poss' || r === 'compound')) {
    // "the PMF, whose local commander, X": the owner of a relative's noun is what the relative clause hangs on.
    if (ctx.doc.words[kk].form.toLowerCase() === 'whose') {
      const relcl = relativeClauseOf(ctx, k);
      const b = relcl >= 0 ? bodyAt(ctx, ctx.doc.words[relcl].head) : undefined;
      if (b) return b;
      continue;
    }
    const q = ctx.atHead(kk);
    if (q && ctx.actsAsBody(q.entity)) return q.entity;
    // "an army spokesman", "a police official": the document's body of that kind.
    const info = entityWords().descriptions.get(ctx.doc.words[kk].form.toLowerCase());
    const country = ctx.countries[0];
    if (!q && info?.kinds && country && ctx.doc.words[kk].deprel === 'compound') {
      for (const kind of info.kinds) {
        const body = bodyOfCountry(ctx.kb, country, kind, placeWeights(ctx.kb, ctx.places(), ctx.doc.words[kk].sentence));
        const e = body && ctx.entityFor(canonicalEntry(ctx.kb, body.id, ''));
        if (e) return e;
      }
    }
  }
  return undefined;
}

/** The relative clause a word belongs to (its nearest acl:relcl ancestor, itself included), or -1. */
function relativeClauseOf(ctx: ReferenceContext, k: number): number {
  const { words } = ctx.doc;
  for (let a = k, guard = 0; a >= 0 && guard < 6; a = words[a].head, guard++) if (words[a].deprel === 'acl:relcl') return a;
  return -1;
}

/** A group or body speaks for itself; a person for the organisation the text gives them a role in. */
function bodyOf(ctx: ReferenceContext, e: Entity, head: number): Entity | undefined {
  if (e.type === 'ArmedGroup' || e.type === 'StateBody' || e.type === 'Organization' || ctx.actsAsBody(e)) return e;
  if (e.type !== 'Person') return undefined;
  const { words } = ctx.doc;
  // A name under a title ("Colonel X, who commands ...") hangs its relative clause on the title.
  const heads = [head, ...ctx.pool.filter((p) => p.entity === e && p.head >= 0).map((p) => p.head)]
    .flatMap((h) => (/^(flat|compound)$/.test(words[h].deprel) && words[h].head >= 0 ? [h, words[h].head] : [h]));
  // "X, who heads the police in Y", "X, who commands the sector for the army": the body the text says the
  // person leads, before a body read from a title.
  for (const h of heads) {
    for (const v of ctx.tree.children(h, 'acl:relcl')) {
      if (!entityWords().referenceCues.leadVerbs.has(words[v].lemma.toLowerCase())) continue;
      const o = ctx.tree.child(v, 'obj');
      const b = o >= 0 ? bodyAt(ctx, o) ?? bodyNamedUnder(ctx, o) ?? bodyOfKind(ctx, o) : undefined;
      if (b) return b;
    }
  }
  const link = ctx.doc.roles.find((r) => r.member === e.id);
  if (link) return ctx.byId.get(link.org);
  // "X, a spokesman for the group, said", "a spokesman for the group, X,", "NISA spokesman X": the body in an
  // apposition of any of the person's mentions, or in the role noun before the name.
  for (const h of heads) {
    const nouns = [...ctx.tree.children(h, (r) => r === 'appos' || r === 'nmod:desc'), ...(words[h].deprel === 'appos' ? [words[h].head] : [])];
    for (const a of nouns) {
      const b = bodyNamedUnder(ctx, a);
      if (b) return b;
    }
  }
  // The same apposition where the parse hung its noun elsewhere: the noun phrase right after a mention and a comma.
  for (const p of ctx.pool) {
    if (p.entity !== e) continue;
    const a = ctx.appositionAfter(p.mention.end);
    const b = a >= 0 ? bodyNamedUnder(ctx, a) : undefined;
    if (b) return b;
  }
  // A person the knowledge base knows as a member of a state or group (a head of state).
  const entry = e.kbId ? ctx.kb.get(e.kbId) : undefined;
  if (entry?.memberOf) return ctx.entityFor(entry.memberOf);
  return undefined;
}
