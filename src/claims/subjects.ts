import type { Token } from '../core/index.js';
import type { DocView, Slot } from './view.js';
import { AUX, CHAIN, CLAUSE_WORDS, NEGATION, PREPOSITIONS, isAdverb } from './words.js';
import { coordinated } from './coordination.js';
import { possessedHead, slotBeforeBracket } from './objects.js';

/** Words that may sit between a subject and its verb: auxiliaries, adverbs, negation, chained verbs. */
export function isVerbGroupWord(t: Token, prev?: Token): boolean {
  if (t.kind !== 'word' || t.upper) return false;
  // "is said to", "was believed to": a report verb after "be" is part of the group, not a speaker's verb.
  if (/^(said|reported|alleged|claimed|believed|thought|known|suspected)$/.test(t.norm)) return !!prev && /^(is|are|was|were|be|been|being)$/.test(prev.norm) || t.norm === 'claimed';
  return AUX.has(t.norm) || NEGATION.has(t.norm) || isAdverb(t.norm) || CHAIN.has(t.norm) || t.norm === 'to' || /n't$/.test(t.norm);
}

/**
 * The subject of a verb group ending before token `a`: walk left over
 * auxiliaries, adverbs and chained verbs; take the slot there (with its
 * coordinated slots); jump over a comma-delimited apposition or relative
 * clause; follow a relative pronoun to its antecedent.
 */
export function subjectBefore(view: DocView, a: number): { slots: Slot[]; via: string } | undefined {
  const { tokens } = view;
  const s = view.sentence(a);
  let k = a - 1;
  let heads = 0;
  while (k >= s.first) {
    const t = tokens[k];
    const slot = view.slotAt(k);
    if (slot) {
      // "X, a member who defected to the Afghan Taliban disclosed": a name after a preposition
      // ends a relative clause; the clause's antecedent is the subject.
      const before = tokens[slot.first - 1]?.norm === 'the' ? slot.first - 2 : slot.first - 1;
      if (/^(to|with|from|against|for|by)$/.test(tokens[before]?.norm ?? '')) {
        for (let j = before - 1; j > s.first && before - j < 10; j--) {
          if (tokens[j].text === ',' || view.slotAt(j)) break;
          if (tokens[j].norm === 'who' || tokens[j].norm === 'which') {
            const ante = relativeAntecedent(view, j);
            if (ante) return { slots: [ante], via: 'relative' };
            break;
          }
        }
      }
      // "The Al-Jazira Operations Command of the PMF accused", "the CTD of Balochistan Police arrested": the head of "X of Y".
      const head = heads ? undefined : ofOwner(view, slot);
      if (head) return { slots: [head], via: 'subject' };
      return { slots: coordinated(view, possessedHead(view, slot, -1), -1), via: heads ? 'modifier' : 'subject' };
    }
    if (isVerbGroupWord(t, tokens[k - 1]) || GOVERNING.has(t.norm)) { k--; continue; }
    // "ISKP fighters attacked", "the Viv Ansanm gang coalition attacked": a group noun after the name.
    if (heads < 2 && t.kind === 'word' && !t.upper && MEMBER_NOUNS.has(t.norm)) {
      heads++;
      k--;
      // "the army's air force struck": the owner of the unit is the subject.
      if (/^('s|')$/.test(tokens[k]?.norm ?? '') && tokens[k].glued) k--;
      continue;
    }
    // "US-led forces hunted": the leader is the subject; "Iran-backed militias attacked": the backer is not.
    if (t.kind === 'word' && !t.upper && tokens[k - 1]?.text === '-' && t.glued) {
      const owner = view.slotAt(k - 2);
      if (t.norm === 'led' && owner) return { slots: [owner], via: 'led' };
      // "Al Qaeda-linked fighters stormed": the name in the compound is not the actor.
      k = owner ? owner.first - 1 : k - 2;
      if (owner) return undefined;
      continue;
    }
    if (t.norm === 'which' || t.norm === 'who' || t.norm === 'that') {
      const ante = relativeAntecedent(view, k);
      return ante ? { slots: [ante], via: 'relative' } : undefined;
    }
    if (t.text === ',') {
      // "X, a former ISKP member who defected to Y, disclosed" / "The MNJTF, which comprises
      // troops from A, B and C, has vowed": skip back to the comma that opens the aside,
      // the one after a name and before "which", "who" or an article.
      for (let j = k - 1; j > s.first; j--) {
        if (tokens[j].text !== ',') continue;
        const head = view.slotAt(j - 1) ?? (tokens[j - 1].text === ')' ? slotBeforeBracket(view, j - 1) : undefined);
        const opener = tokens[j + 1]?.norm ?? '';
        // "X and Y, consisting of Russian citizens, were": a participle opens an aside too.
        const participle = tokens[j + 1]?.kind === 'word' && !tokens[j + 1].upper && /^(consisting|comprising|composed|made|numbering|operating|mostly|mainly|largely|both)$/.test(opener);
        if (head && (participle || /^(which|who|whose|a|an|the|one|also|then|former|currently|itself|its|his|her|their|until|once|now|like|along|together|including|based|backed|led|known|citing)$/.test(opener))) return { slots: coordinated(view, head, -1), via: 'apposition' };
      }
      // "Mali's transitional president, Assimi Goita, praised": the name right before the comma.
      const named = view.slotAt(k - 1);
      // "..., the perpetrators of the 2014 attack, even released": an incident or a place before the comma acts on nothing.
      if (named && (named.entity.type === 'Event' || named.entity.type === 'Location')) return undefined;
      if (named) {
        // "the Hamas leadership, including X and Y, to accept": a list inside an aside is no subject.
        const list = coordinated(view, named, -1);
        const opener = tokens[Math.min(...list.map((x) => x.first)) - 1]?.norm ?? '';
        if (list.length > 1 && /^(including|as|like|and)$/.test(opener)) return undefined;
        return { slots: list, via: 'apposition' };
      }
      return undefined;
    }
    // "The Islamic State West Africa Province (ISWAP) attacked": skip the acronym in brackets;
    // "JeM does not (formally) exist": skip an aside in brackets.
    if (t.text === ')' || t.text === ']') {
      const head = slotBeforeBracket(view, k);
      if (head) {
        const owner = ofOwner(view, head);
        return owner ? { slots: [owner], via: 'subject' } : { slots: coordinated(view, head, -1), via: 'subject' };
      }
      let j = k - 1;
      while (j > s.first && k - j < 8 && tokens[j].text !== '(' && tokens[j].text !== '[') j--;
      if (tokens[j]?.text === '(' || tokens[j]?.text === '[') { k = j - 1; continue; }
      return undefined;
    }
    // A short time or place phrase between subject and verb: "JNIM has for years maintained", "ISM in September led".
    if (/^(years|months|weeks|decades|days|morning|night|evening|afternoon|week|month|year|time|statement|today|yesterday|\d+)$/.test(t.norm) || (t.upper && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(t.norm)) || t.kind === 'number') {
      let j = k;
      while (j > s.first && k - j < 5 && !view.slotAt(j) && !/^(on|in|for|at|during|since|last|this|early|late|earlier)$/.test(tokens[j].norm)) j--;
      if (/^(on|in|for|at|during|since|last|this|early|late|earlier)$/.test(tokens[j]?.norm ?? '') && j > s.first && (view.slotAt(j - 1) || isVerbGroupWord(tokens[j - 1]) || MEMBER_NOUNS.has(tokens[j - 1].norm))) { k = j - 1; continue; }
    }
    // Verb coordination: "Pakistan apprehended and handed over X".
    if (t.norm === 'and' && k - 1 >= s.first && /(ed|ing)$/.test(tokens[k - 1].norm) && !view.slotAt(k - 1)) { k -= 2; continue; }
    return undefined;
  }
  return undefined;
}

/** The named head of "X of Y" (or "X (ACR) of the Y") when Y is the slot given: a unit of a larger body. */
function ofOwner(view: DocView, slot: Slot): Slot | undefined {
  const { tokens } = view;
  let k = slot.first - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (tokens[k]?.norm !== 'of' || slot.entity.type === 'Location') return undefined;
  k--;
  const owner = tokens[k]?.text === ')' || tokens[k]?.text === ']' ? slotBeforeBracket(view, k) : view.slotAt(k);
  if (!owner || owner.entity.id === slot.entity.id || !/^(ArmedGroup|StateBody|Organization)$/.test(owner.entity.type)) return undefined;
  return owner;
}

/** What a relative pronoun at `k` stands for: the name before it, or the person an apposition before it describes. */
function relativeAntecedent(view: DocView, k: number): Slot | undefined {
  const { tokens } = view;
  const s = view.sentence(k);
  let j = k - 1;
  if (tokens[j]?.text === ',') j--;
  const ante = j >= s.first ? view.slotAt(j) : undefined;
  if (ante || tokens[k].norm !== 'who') return ante;
  // "X, a former ISKP founding member who defected": the person the apposition describes.
  let c = j;
  while (c > s.first && j - c < 8 && tokens[c].text !== ',' && (tokens[c].kind === 'word' || view.slotAt(c))) c--;
  const person = tokens[c]?.text === ',' ? view.slotAt(c - 1) : undefined;
  return person?.entity.type === 'Person' && /^(a|an|the)$/.test(tokens[c + 1]?.norm ?? '') ? person : undefined;
}

/** Nouns for the people or parts of a group, written after its name ("ISKP fighters", "Hamas leaders"). */
export const MEMBER_NOUNS = new Set('force air navy fighters militants gunmen members commanders rebels insurgents group gang coalition militia militias forces troops soldiers units unit jets aircraft drones warplanes officials police policemen officers leaders leadership spokesman spokesperson authorities government army military cadres operatives men loyalists supporters side delegation negotiators cell cells wing faction factions elements terrorists jihadists suspects agents personnel'.split(' '));

/** Verbs that take the trigger as their complement, with the same subject ("denied backing", "admitted arming"). */
const GOVERNING = new Set('denied denies deny denying admitted admits admit acknowledged acknowledges stopped stops continued continues resumed resumes avoided avoids risked risks out ruled rules refused'.split(' '));

/**
 * The nearest subject before token `a` in its sentence: the last actor slot
 * followed by a verb group ("Rawalpindi is exploiting it, paying lip service
 * ... by undertaking actions": Rawalpindi).
 */
export function nearestSubject(view: DocView, a: number): Slot | undefined {
  const { tokens } = view;
  const s = view.sentence(a);
  for (let k = a - 1; k >= s.first; k--) {
    const slot = view.slotAt(k);
    if (!slot) continue;
    k = slot.first;
    const prev = tokens[slot.first - 1];
    if (prev && slot.first > s.first && PREPOSITIONS.has(prev.norm)) continue;
    const next = tokens[slot.last];
    if (next && next.kind === 'word' && !next.upper && (AUX.has(next.norm) || isVerbGroupWord(next) || (/(ed|es)$/.test(next.norm) && next.norm.length > 3))) return slot;
  }
  return undefined;
}

/**
 * The subject of a sentence's first clause: the first actor slot that is not
 * after a preposition and is followed by a verb group. Used for a verb in a
 * coordinated clause ("It disregarded the requests and instead, released them").
 */
export function sentenceSubject(view: DocView, a: number): Slot | undefined {
  const { tokens } = view;
  const s = view.sentence(a);
  let from = s.first;
  for (let k = a - 1; k > s.first; k--) if (tokens[k].text === ';' || tokens[k].text === ':') { from = k + 1; break; }
  for (let k = from; k < a; k++) {
    const slot = view.slotAt(k);
    if (!slot) continue;
    const prev = tokens[slot.first - 1];
    const next = tokens[slot.last];
    if (prev && slot.first > s.first && PREPOSITIONS.has(prev.norm)) { k = slot.last - 1; continue; }
    const verbish = (t?: Token) => !!t && t.kind === 'word' && !t.upper && (isVerbGroupWord(t) || (/(ed|es|s)$/.test(t.norm) && t.norm.length > 3 && !PREPOSITIONS.has(t.norm) && !CLAUSE_WORDS.has(t.norm)));
    if (verbish(next)) return slot;
    // "President X, speaking in Pemba on Monday, praised ...": over the aside to the verb.
    if (next?.text === ',') {
      let j = slot.last + 1;
      while (j < a && j - slot.last < 14 && tokens[j].text !== ',') j++;
      if (tokens[j]?.text === ',' && verbish(tokens[j + 1])) return slot;
    }
    k = slot.last - 1;
  }
  return undefined;
}
