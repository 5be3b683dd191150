import type { Mention, Span } from '../../core/index.js';
import { entityWords } from '../../lang/en/index.js';
import { ReferenceContext } from '../refs/context.js';
import { descriptionAt, resolveDescription } from '../refs/descriptions.js';
import { resolvePronoun, type Resolution } from '../refs/pronouns.js';
import { boundToSelf, quotations, quotedOthers, resolveQuotedSelf } from '../refs/quoted.js';
import type { EntityPass } from '../state.js';

/**
 * Pronouns and definite descriptions, in text order, over the parse (see
 * refs/): each resolved one becomes a mention and may be the antecedent of
 * the next. Then "we" and "our" inside quotations, once every speaker
 * (a "he" after the quotation included) is known. Unsure ones stay unresolved.
 */
export const references: EntityPass = {
  id: 'references',
  run(s) {
    const { doc, kb, tree } = s;
    if (!doc.words.length) return;
    const ctx = new ReferenceContext(doc, kb, tree);
    ctx.countries = [...(s.context?.countries ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const words = entityWords();
    const quotes = quotations(doc.text);
    const inQuote = (pos: number) => quotes.find((q) => pos > q.start && pos < q.end);
    const added: Mention[] = [];
    const add = (span: Span, r: Resolution, how: Mention['how']) => {
      const m: Mention = { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), entity: r.entity.id, how, rule: r.rule };
      added.push(m);
      ctx.add(m);
    };
    const selves: number[] = [];
    const phrases = new Map<Mention, string>();
    // Quoted third-person pronouns wait until the speakers are known (a speaker is often named after the quotation).
    const selfWords = doc.words.flatMap((x, i) => (x.upos === 'PRON' && words.quotedSelf.has(x.form.toLowerCase()) ? [i] : []));
    const deferred: number[] = [];
    // "our men held their positions": a "their" bound to a subject the speaker says "our" or "we" for.
    const bound: number[] = [];
    const resolveAt = (w: number, exclude?: ReadonlySet<string>) => {
      const x = doc.words[w];
      const info = words.pronouns.get(x.form.toLowerCase())!;
      const r = glossed(ctx, w) ?? resolvePronoun(ctx, w, info, exclude);
      if (r) {
        add(x, r, 'pronoun');
        if (info.gender && r.entity.type === 'Person' && !ctx.gender.has(r.entity.id)) ctx.gender.set(r.entity.id, info.gender);
      }
    };
    const flush = (upTo: number) => {
      while (deferred.length && lastSentenceOf(deferred[0]) < upTo) {
        const w = deferred.shift()!;
        resolveAt(w, quotedOthers(ctx, w, inQuote(doc.words[w].start)!, selfWords));
      }
    };
    const lastSentenceOf = (w: number) => doc.words[Math.max(0, ctx.wordAt(inQuote(doc.words[w].start)!.end) - 1)].sentence;
    for (let w = 0; w < doc.words.length; w++) {
      const x = doc.words[w];
      flush(x.sentence);
      const lower = x.form.toLowerCase();
      if (x.upos === 'PRON') {
        if (words.quotedSelf.has(lower)) { if (inQuote(x.start)) selves.push(w); continue; }
        const info = words.pronouns.get(lower);
        if (!info || x.deprel === 'expl' || ctx.covered(x.start, x.end) || dummyIt(doc.words, w) || partitive(doc.words, w)) continue;
        const quoted = inQuote(x.start);
        if (quoted && boundToSelf(ctx, w) >= 0) bound.push(w);
        else if (quoted) deferred.push(w);
        else resolveAt(w);
        continue;
      }
      const d = descriptionAt(ctx, w);
      if (!d) continue;
      if (ctx.covered(x.start, x.end)) continue;
      // "the Iran-backed movement": a name among the modifiers keeps its own mention, the description starts after
      // it, and it is not what the description means. "The M23 rebels": a name right before the head is the referent.
      let from = d.first;
      const inner = new Set<string>();
      let named = false;
      for (let i = d.first; i < w; i++) {
        const p = ctx.covering(doc.words[i].start, doc.words[i].end);
        if (!p) continue;
        from = i + 1;
        const adjacent = i === w - 1 && doc.words[i].end < x.start && doc.words[i].upos !== 'PRON';
        if (adjacent && (d.info.types ?? []).includes(p.entity.type)) named = true;
        else inner.add(p.entity.id);
      }
      if (named) continue;
      while (from < w && (doc.words[from].upos === 'PUNCT' || doc.words[from].upos === 'PART')) from++;
      const span = { start: doc.words[from].start, end: x.end };
      const r = resolveDescription(ctx, d, inner);
      if (r) {
        add(span, r, d.info.person ? 'title' : 'description');
        // The whole phrase, its owner or demonym included ("Uganda's military", "the Malian army"), is the form analysts write.
        phrases.set(added[added.length - 1], doc.text.slice(doc.words[d.first].start, x.end));
      }
    }
    flush(Infinity);
    for (const w of selves) {
      const x = doc.words[w];
      const r = resolveQuotedSelf(ctx, w, inQuote(x.start)!);
      if (r) add(x, r, 'pronoun');
      if (!r) continue;
      for (const t of bound) if (boundToSelf(ctx, t) === w) add(doc.words[t], { entity: r.entity, rule: 'coref/quoted-bound' }, 'pronoun');
    }
    doc.mentions = [...doc.mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of added) {
      // Descriptions of state bodies ("the army", "the junta") are aliases analysts search for.
      const e = ctx.byId.get(m.entity);
      if (m.how !== 'description' || !e || !BODY_ALIAS.test(m.text) || !(e.type === 'StateBody' || (e.type !== 'Person' && /coalition$/i.test(m.text)))) continue;
      for (const text of new Set([m.text, phrases.get(m) ?? m.text])) {
        const form = text.replace(/^(the|this|that|these|those)\s+/i, '');
        if (!e.aliases.some((a) => a.toLowerCase() === form.toLowerCase()) && form.toLowerCase() !== e.name.toLowerCase()) e.aliases.push(form);
      }
    }
  },
};

/** Heads of descriptions that name a body the way its own name does ("the army", "the transitional authorities", "the US-led coalition"). */
const BODY_ALIAS = /\b(army|military|police|junta|government|authorities|administration|regime|forces|coalition)$/i;

/** "They [the army and the police]": a writer's bracketed gloss right after a pronoun names its referent. */
function glossed(ctx: ReferenceContext, w: number): Resolution | undefined {
  const { words } = ctx.doc;
  const open = words[w + 1];
  if (!open || (open.form !== '[' && open.form !== '(') || open.start !== words[w].end + 1 && open.start !== words[w].end) return undefined;
  const first = ctx.pool.find((p) => p.mention.start > open.start && p.mention.start <= open.end + 5);
  if (!first || first.entity.type === 'Location' || first.entity.type === 'Publication' || first.entity.type === 'Event') return undefined;
  return { entity: first.entity, rule: 'coref/pronoun-gloss' };
}

/**
 * "several of them", "among them was X": a plural pronoun that picks members
 * out of the set just named (fighters, strikes, fronts), not an organisation.
 */
function partitive(words: { form: string }[], w: number): boolean {
  const form = words[w].form.toLowerCase();
  if (form !== 'them' && form !== 'these' && form !== 'those') return false;
  const before = words[w - 1]?.form.toLowerCase() ?? '';
  const { prepositions, quantifiers } = entityWords().partitives;
  return prepositions.has(before) || (before === 'of' && quantifiers.has(words[w - 2]?.form.toLowerCase() ?? ''));
}

/**
 * "it is clear that", "it needs to be": an "it" the parser did not mark as
 * expletive but that names nothing; "Kabul denies it": the object of a verb
 * of saying or knowing is a statement, not an actor.
 */
function dummyIt(words: { form: string; lemma: string; head: number; deprel: string }[], w: number): boolean {
  if (words[w].form.toLowerCase() !== 'it') return false;
  const head = words[words[w].head];
  if (words[w].deprel === 'obj' && head && entityWords().propositionVerbs.has(head.lemma.toLowerCase())) return true;
  const next = words[w + 1]?.form.toLowerCase() ?? '';
  const after = words[w + 2]?.form.toLowerCase() ?? '';
  return /^(is|was|'s|seems|seemed|appears|appeared|remains|remained)$/.test(next) && /^(evident|clear|not|unclear|likely|unlikely|believed|said|reported|possible|important|difficult|true|time|impossible|necessary|hard|easy)$/.test(after);
}
