import type { Token } from '../core/index.js';
import { pastParticiple, verbForms } from './inflect.js';
import { NOUNS, VERBS, type NounTrigger, type VerbTrigger } from './lexicon.js';
import { isAdverb } from './words.js';

export interface TriggerMatch {
  kind: 'verb' | 'noun';
  first: number;
  last: number;
  verb?: VerbTrigger;
  noun?: NounTrigger;
  /** The matched verb form is a past participle ("attacked", "given"). */
  participle: boolean;
}

interface Form {
  words: string[];
  verb?: VerbTrigger;
  noun?: NounTrigger;
  participle: boolean;
}

let index: Map<string, Form[]> | undefined;

/** Every inflected first word of every trigger phrase, built once. */
function triggerIndex(): Map<string, Form[]> {
  if (index) return index;
  index = new Map();
  const add = (form: Form) => {
    const list = index!.get(form.words[0]) ?? [];
    list.push(form);
    index!.set(form.words[0], list);
  };
  for (const verb of VERBS) {
    const [head, ...rest] = verb.base.split(' ');
    const participle = pastParticiple(head);
    for (const f of verbForms(head)) add({ words: [f, ...rest], verb, participle: f === participle || f.endsWith('ed') });
  }
  for (const noun of NOUNS) add({ words: noun.noun.split(' '), noun, participle: false });
  return index;
}

const wordMatches = (t: Token, w: string) => t.norm === w || t.norm === `${w}s` || t.norm === `${w}es` || (w === 'a' && t.norm === 'an');

/** Triggers in tokens [first, last): the longest phrase at each position; verbs and nouns both kept. */
export function findTriggers(tokens: Token[], first: number, last: number, slotOf: Int32Array): TriggerMatch[] {
  const idx = triggerIndex();
  const out: TriggerMatch[] = [];
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || slotOf[k] >= 0) continue;
    const forms = idx.get(t.norm);
    if (!forms) continue;
    // The longest phrase per kind; several predicates may share it ("shelter": SUPPORTS, BASED_IN).
    const found: TriggerMatch[] = [];
    for (const f of forms) {
      const end = matchRest(tokens, k, last, f, slotOf);
      if (end < 0) continue;
      const kind = f.verb ? 'verb' : 'noun';
      const same = found.filter((x) => x.kind === kind);
      const longest = same.reduce((n, x) => Math.max(n, x.last - x.first), 0);
      if (end - k < longest) continue;
      if (end - k > longest) for (const x of same) found.splice(found.indexOf(x), 1);
      found.push({ kind, first: k, last: end, verb: f.verb, noun: f.noun, participle: f.participle });
    }
    out.push(...found);
  }
  return out;
}

function matchRest(tokens: Token[], k: number, last: number, f: Form, slotOf: Int32Array): number {
  let j = k + 1;
  const gap = f.verb?.gap ?? 0;
  for (let w = 1; w < f.words.length; w++) {
    let skipped = 0;
    while (j < last && !wordMatches(tokens[j], f.words[w]) && skipped < gap && tokens[j].kind === 'word' && slotOf[j] < 0) { j++; skipped++; }
    if (j >= last || !wordMatches(tokens[j], f.words[w])) return -1;
    j++;
  }
  return j;
}

const NOUN_BEFORE = /^(the|a|an|this|that|these|those|its|their|his|her|our|any|no|some|such|of|for|with|on|in|against|after|before|'s|'|recent|latest|deadly|major|new|first|second|last|joint|alleged|further|fresh|several|many|two|three|four|multiple|repeated|failed|attempted|continued|renewed|ongoing)$/;
const NOUN_AFTER = /^(on|against|of|by|in|into|at|between|with|to|for|from)$/;

/**
 * Is a word that can be a verb or a noun used as a noun here? A past form
 * ("accused", "freed") or a form after an auxiliary or "to" is a verb; after
 * a determiner, a possessive, a number or an adjective it is a noun ("the
 * attack", "ISKP's support"); a bare form after a name is a noun only when a
 * preposition follows ("US air strikes on", "ISKP attacks against").
 */
export function readsAsNoun(tokens: Token[], k: number, slotOf: Int32Array): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev) return true;
  if (/^(to|will|would|could|should|may|might|must|can|did|does|do|not|n't|also|has|have|had|they|we|he|she|it|who|which|that)$/.test(prev.norm)) return false;
  const pastForm = /ed$/.test(t.norm) || /^(gave|given|took|taken|held|led|fought|shot|struck|met|sent|paid|sought|brought|made|freed|hid|hidden|slain|won)$/.test(t.norm);
  if (pastForm) return /^(the|a|an)$/.test(prev.norm) && NOUN_AFTER.test(next?.norm ?? '');
  // "accused Kigali of backing the M23": a gerund with an object of its own is a verb.
  if (/ing$/.test(t.norm)) {
    if (/^(of|for|by|after|before|while|in|without|through|despite)$/.test(prev.norm) && next && (/^(the|a|an|its|their|his|her|some|several|dozens|hundreds|at|more)$/.test(next.norm) || next.kind === 'number' || slotOf[k + 1] >= 0)) return false;
    return NOUN_BEFORE.test(prev.norm) || next?.norm === 'of';
  }
  if (isAdverb(prev.norm) && !/^(the|a)$/.test(tokens[k - 2]?.norm ?? '')) return false;
  if (NOUN_BEFORE.test(prev.norm) || prev.kind === 'number') return true;
  if (slotOf[k - 1] >= 0 || (prev.kind === 'word' && !prev.upper)) return NOUN_AFTER.test(next?.norm ?? '') || next?.text === ',' || next?.text === '.';
  return false;
}
