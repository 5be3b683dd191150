import type { Predicate } from '../../core/index.js';
import { actorWords } from '../../lang/en/index.js';
import type { ClaimGraph } from '../graph.js';
import type { Found } from '../find.js';
import type { Lexicon } from '../lexicon/load.js';
import type { ClaimRule } from '../rules/types.js';
import { actorsOf, type Arg } from './actors.js';
import { lastDoers } from './events.js';
import { follow } from './paths.js';

/**
 * "Among those freed by the Houthis was X", "Among the dead were X and Y":
 * the people named are the patients of the act the category names (a
 * participle the verb lexicon reads, or a casualty word for an attack); the
 * doer is the "by" phrase, else whoever the text last said did that act, in
 * this sentence or the two before.
 */
export function amongClaims(g: ClaimGraph, rule: ClaimRule, lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < g.words.length; i++) {
    if (g.lemma(i) !== 'among' || g.words[i].upos !== 'ADP') continue;
    const s = g.sentenceOf(i);
    // The phrase opens the sentence: "Among ..." (a quote mark or dash may come first).
    if (i - s.first > 1) continue;
    const category = g.words[i].head;
    if (category < 0) continue;
    const act = actOf(g, category, lexicon);
    if (!act) continue;
    const doers = [...follow(g, act.word, 'obl:agent'), ...follow(g, act.word, 'obl>by')];
    const doerArgs = (doers.length ? doers : lastDoers(g, i, act.predicate)).flatMap((w) => actorsOf(g, w));
    const named = namedPeople(g, s.first, s.end);
    for (const d of doerArgs) for (const p of named) if (d.entity.id !== p.entity.id) out.push({ rule: rule.id, predicate: act.predicate, subject: d, object: p, trigger: act.word });
  }
  return out;
}

/** The act a category names: "those freed" (the participle), "the dead" (a casualty word). */
function actOf(g: ClaimGraph, category: number, lexicon: Lexicon): { word: number; predicate: Predicate } | undefined {
  if (actorWords().casualtyNouns.has(g.lemma(category))) return { word: category, predicate: 'ATTACKED' };
  for (const w of [category, ...g.tree.children(category, (r) => r === 'acl' || r === 'amod')]) {
    const entry = verbEntries(g.words[w].form.toLowerCase(), g.lemma(w), lexicon).find((e) => e.object?.includes('obj') && !e.with && !e.particle);
    if (entry) return { word: w, predicate: entry.predicate };
    if (w !== category && actorWords().casualtyNouns.has(g.lemma(w))) return { word: w, predicate: 'ATTACKED' };
  }
  return undefined;
}

/** Verb entries for a participle, whatever tag the tagger gave it ("freed" read as a noun). */
function verbEntries(form: string, lemma: string, lexicon: Lexicon) {
  const table = lexicon.tables.verbs;
  for (const k of [lemma, form.replace(/ied$/, 'y'), form.replace(/ed$/, ''), form.replace(/d$/, ''), form.replace(/(.)\1ed$/, '$1')]) {
    const e = table.get(k);
    if (e) return e;
  }
  return [];
}

/** The people a sentence names (the list the "among" phrase introduces). */
function namedPeople(g: ClaimGraph, first: number, end: number): Arg[] {
  const out: Arg[] = [];
  for (let k = first; k < end; k++) {
    const e = g.entity(k);
    if (e?.type !== 'Person' || out.some((a) => a.entity.id === e.id)) continue;
    out.push({ entity: e, word: k, via: 'mention' });
  }
  return out;
}
