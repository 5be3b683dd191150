import type { Token } from '../core/index.js';
import { tokenAt, type DocView, type Slot } from './view.js';
import { AUX, CHAIN, CLAUSE_WORDS, DETERMINERS, NEGATION, PARTITIVES, PREPOSITIONS, isAdverb } from './words.js';
import { TITLE_WORDS } from '../entities/words.js';
import { VERBS } from './lexicon.js';

/** Words that may sit between a subject and its verb: auxiliaries, adverbs, negation, chained verbs. */
export function isVerbGroupWord(t: Token, prev?: Token): boolean {
  if (t.kind !== 'word' || t.upper) return false;
  // "is said to", "was believed to": a report verb after "be" is part of the group, not a speaker's verb.
  if (/^(said|reported|alleged|claimed|believed|thought|known|suspected)$/.test(t.norm)) return !!prev && /^(is|are|was|were|be|been|being)$/.test(prev.norm) || t.norm === 'claimed';
  return AUX.has(t.norm) || NEGATION.has(t.norm) || isAdverb(t.norm) || CHAIN.has(t.norm) || t.norm === 'to' || /n't$/.test(t.norm);
}

/** Words that join list items ("X and Y", "X, Y and Z", "X, including Y", "X as well as Y"). */
const JOINERS = new Set(['and', 'or', 'nor', 'the', 'as', 'well', 'including', 'especially', 'notably', 'also', 'both', 'former']);

/** Does an "and"/"or" close the list the slot belongs to, further on in the same direction? */
function listCloses(view: DocView, slot: Slot, direction: 1 | -1): boolean {
  const { tokens } = view;
  const s = view.sentence(slot.first);
  let k = direction === 1 ? slot.last : slot.first - 1;
  for (let steps = 0; k >= s.first && k < s.last && steps < 6; steps++) {
    const t = tokens[k];
    if (t.norm === 'and' || t.norm === 'or') return true;
    if (t.text !== ',' && !view.slotAt(k)) return false;
    k = view.slotAt(k) ? (direction === 1 ? view.slotAt(k)!.last : view.slotAt(k)!.first - 1) : k + direction;
  }
  return false;
}

/** A slot and the slots coordinated with it ("X and Y", "X, Y and Z"), left to right. */
export function coordinated(view: DocView, slot: Slot, direction: 1 | -1): Slot[] {
  const out = [slot];
  const { tokens } = view;
  const s = view.sentence(slot.first);
  let edge = direction === 1 ? slot.last : slot.first - 1;
  for (;;) {
    let k = edge;
    let sawJoin = false;
    while (k >= s.first && k < s.last && (tokens[k].text === ',' || JOINERS.has(tokens[k].norm))) {
      if (tokens[k].text === ',' || tokens[k].norm === 'and' || tokens[k].norm === 'or' || tokens[k].norm === 'nor' || tokens[k].norm === 'including' || tokens[k].norm === 'well') sawJoin = true;
      k += direction;
    }
    let next = k >= s.first && k < s.last ? view.slotAt(k) : undefined;
    // "Los Lobos and their allies Los Tiguerones": past a possessive and its noun to the name.
    if (next && direction === 1 && next.mention.how === 'pronoun' && /^(its|their|his|her)$/i.test(next.mention.text)) {
      let j = next.last;
      while (j < s.last && j - next.last < 3 && tokens[j].kind === 'word' && !tokens[j].upper) j++;
      const named = view.slotAt(j);
      if (named && j > next.last) next = named;
    }
    if (!sawJoin || !next || next === out[out.length - 1]) break;
    // A comma alone is a list only if "and" or "or" closes it ("X, Y and Z"); else it is an aside ("X, police said").
    const joiners = tokens.slice(Math.min(edge, k) , Math.max(edge, k) + 1).map((t) => t.norm);
    if (!joiners.some((w) => w === 'and' || w === 'or' || w === 'nor' || w === 'including' || w === 'well') && !listCloses(view, next, direction)) break;
    // A comma alone joins a list only if an "and" follows somewhere (X, Y and Z); else it is an apposition.
    out.push(next);
    edge = direction === 1 ? next.last : next.first - 1;
  }
  return direction === 1 ? out : out.reverse();
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

const CURRENCY_WORDS = new Set(['rs', 'rupees', 'rupee', 'dollars', 'usd', 'inr', 'pkr', 'naira', 'euros', 'pounds', 'afghanis']);

/** Nouns for the people or parts of a group, written after its name ("ISKP fighters", "Hamas leaders"). */
export const MEMBER_NOUNS = new Set('force air navy fighters militants gunmen members commanders rebels insurgents group gang coalition militia militias forces troops soldiers units unit jets aircraft drones warplanes officials police policemen officers leaders leadership spokesman spokesperson authorities government army military cadres operatives men loyalists supporters side delegation negotiators cell cells wing faction factions elements terrorists jihadists suspects agents personnel'.split(' '));

/** Verbs that take the trigger as their complement, with the same subject ("denied backing", "admitted arming"). */
const GOVERNING = new Set('denied denies deny denying admitted admits admit acknowledged acknowledges stopped stops continued continues resumed resumes avoided avoids risked risks out ruled rules refused'.split(' '));

/**
 * "Mexico's Jalisco New Generation Cartel": when a slot is a possessor of a
 * following slot, the possessed one is the head.
 */
export function possessedHead(view: DocView, slot: Slot, direction: 1 | -1): Slot {
  const { tokens } = view;
  if (direction === 1) {
    const next = tokens[slot.last];
    if (next && (next.norm === "'s" || next.norm === "'") && next.glued) {
      // "Hafiz Saeed's proscribed Jamaat-ud-Dawa": over one or two lower-case modifiers.
      let k = slot.last + 1;
      while (k < slot.last + 3 && tokens[k]?.kind === 'word' && !tokens[k].upper && /(ed|al|ist|ic|ian)$/.test(tokens[k].norm) && !view.slotAt(k)) k++;
      const after = view.slotAt(k);
      if (after && after.entity.type !== 'Person') return after;
      if (after && k === slot.last + 1) return after;
    }
    return slot;
  }
  const before = tokens[slot.first - 1];
  if (before && (before.norm === "'s" || before.norm === "'") && before.glued && view.slotAt(slot.first - 2)) return slot;
  return slot;
}

/** "Kenyan police officers of the MSS mission": the group after "of" is the one meant. */
function ofHead(view: DocView, slot: Slot): Slot {
  const { tokens } = view;
  let k = slot.last;
  let n = 0;
  while (k < tokens.length && n < 2 && PARTITIVES.has(tokens[k].norm)) { k++; n++; }
  if (!n || tokens[k]?.norm !== 'of') return slot;
  const next = view.slotAt(tokens[k + 1]?.norm === 'the' ? k + 2 : k + 1);
  return next && next.entity.type !== 'Location' ? next : slot;
}

/** "Hamas leader Khalil al-Hayya": a group named before a role and a person is the person's office; the person is the head. */
export function roleHead(view: DocView, slot: Slot): Slot {
  const { tokens } = view;
  let k = slot.last;
  let roles = 0;
  for (;;) {
    if (k < tokens.length && roles < 5 && tokens[k].kind === 'word' && !tokens[k].upper && ROLE_HEADS.has(tokens[k].norm)) { k++; roles++; continue; }
    // "deputy emir [commander] and founding member X": a bracketed gloss, and a second role.
    if (roles && tokens[k]?.text === '[' && tokens[k + 2]?.text === ']' && !tokens[k + 1].upper) { k += 3; continue; }
    if (roles && tokens[k]?.norm === 'and' && ROLE_HEADS.has(tokens[k + 1]?.norm ?? '') && !tokens[k + 1].upper) { k++; continue; }
    break;
  }
  // "Rwandan Joint Task Force Commander Maj. Gen. X": capitalised titles and their full stops.
  while (k < tokens.length && roles < 6 && ((tokens[k].kind === 'word' && tokens[k].upper && TITLE_WORDS.has(tokens[k].norm)) || (tokens[k].text === '.' && tokens[k].glued && roles > 0))) { k++; roles++; }
  const person = roles ? view.slotAt(k) : undefined;
  return person && person.entity.type === 'Person' ? person : slot;
}

const ROLE_HEADS = new Set('founding senior top leader leaders chief commander spokesman spokesperson spokeswoman head founder emir deputy coordinator chairman official officials minister secretary political bureau military operative member members fighter militant'.split(' '));

/** A group named inside a person's titled mention ("TTP deputy emir X"), as a slot of its own. */
function innerGroup(view: DocView, person: Slot): Slot | undefined {
  const { tokens, doc } = view;
  const from = tokens[person.first].start, to = tokens[person.last - 1].end;
  const m = doc.mentions.find((x) => x.start >= from && x.end <= to && x.entity !== person.entity.id && view.entity(x.entity)?.type === 'ArmedGroup');
  if (!m) return undefined;
  const first = tokenAt(tokens, m.start);
  let last = first;
  while (last < tokens.length && tokens[last].start < m.end) last++;
  return { first, last, entity: view.entity(m.entity)!, mention: m };
}

/** Skippable words between a trigger (or preposition) and its object noun phrase. */
function skippable(t: Token): boolean {
  if (t.kind === 'number') return true;
  // Titles before a name ("Defence Minister Khawaja Asif") and currencies before an amount ("Rupees 50 lacs").
  if (t.kind === 'word' && t.upper && (TITLE_WORDS.has(t.norm) || CURRENCY_WORDS.has(t.norm))) return true;
  if (t.kind !== 'word') return t.text === '-' || t.text === '“' || t.text === '"' || t.text === '‘' || t.text === "'";
  // "The" before a name that drops it ("to The Resistance Front").
  if (t.upper) return t.norm === 'the';
  // A preposition ends the object phrase ("shelter there since the US withdrawal"), whatever else it can be.
  if (PREPOSITIONS.has(t.norm) && !DETERMINERS.has(t.norm)) return false;
  return DETERMINERS.has(t.norm) || PARTITIVES.has(t.norm) || isAdverb(t.norm) || (!PREPOSITIONS.has(t.norm) && !CLAUSE_WORDS.has(t.norm) && !AUX.has(t.norm) && !/(ed|ing)$/.test(t.norm));
}

/** The object slots starting at token `k`: the first slot after skippable words, with its coordinated slots. */
export function objectFrom(view: DocView, k: number, window = 8): Slot[] {
  const { tokens } = view;
  const s = view.sentence(Math.min(k, tokens.length - 1));
  let included = tokens[k - 1]?.norm === 'including';
  for (let steps = 0; k < s.last && steps < window; k++, steps++) {
    const slot = view.slotAt(k);
    if (slot) {
      // "the Iran-backed Kataib Hezbollah militia": a name inside a compound modifier is not the object.
      if (tokens[slot.last]?.text === '-' && tokens[slot.last].glued && tokens[slot.last + 1]?.glued && !view.slotAt(slot.last + 1)) { k = slot.last + 1; continue; }
      // "anti-Pakistan terrorist group TTP", "pro-Kyiv fighters": the prefixed name is a modifier.
      if (tokens[slot.first - 1]?.text === '-' && slot.mention.text === view.text(slot.first, slot.last) && /^(anti|pro|non)$/.test(tokens[slot.first - 2]?.norm ?? '')) { k = slot.last - 1; continue; }
      const heads = coordinated(view, roleHead(view, possessedHead(view, ofHead(view, slot), 1)), 1).map((x) => roleHead(view, possessedHead(view, ofHead(view, x), 1)));
      // "released hundreds of them, including TTP deputy emir X": X stands for the group's members held, so both.
      if (included && heads[0].entity.type === 'Person') {
        const group = heads[0] !== slot && slot.entity.type === 'ArmedGroup' ? slot : innerGroup(view, heads[0]);
        if (group) heads.push(group);
      }
      return heads;
    }
    const t = tokens[k];
    if (t.norm === 'of' && k > 0 && PARTITIVES.has(tokens[k - 1].norm)) continue;
    // "the affiliate group known as ISM", "a militia called X": the name that follows is the object.
    if ((t.norm === 'known' || t.norm === 'referred') && tokens[k + 1]?.norm === 'as') { k++; continue; }
    if (/^(called|dubbed|named|styled)$/.test(t.norm) && steps > 0) continue;
    // "handed the suspects over to X": "to" here leads to a recipient, not the object ("up to 40" aside).
    if (t.norm === 'to' && tokens[k - 1]?.norm !== 'up') return [];
    // "at least 12 soldiers", "more than 40 people, including police": counts before the victims.
    if (/^(at|more|fewer|less)$/.test(t.norm) && /^(least|most|than)$/.test(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.kind === 'number') { k++; continue; }
    if ((t.text === ',' && tokens[k + 1]?.norm === 'including') || (t.norm === 'including' && steps > 0)) { included = true; continue; }
    // "warned that Israel would...": a clause, not an object; "about 200": only before a number.
    if (steps === 0 && (t.norm === 'that' || t.norm === 'whether' || t.norm === 'if')) return [];
    // "talks to any group that lays down its arms": a relative clause ends the object phrase.
    if (steps > 0 && /^(that|which|who|whom|whose)$/.test(t.norm)) return [];
    if (/^(about|around|over|nearly|almost|up)$/.test(t.norm) && tokens[k + 1]?.kind !== 'number' && tokens[k + 1]?.norm !== 'to') return [];
    // "the banned Lashkar-e-Taiba", "the proscribed group": a participle after a determiner is an adjective.
    if (t.kind === 'word' && !t.upper && /(ed|ing)$/.test(t.norm) && DETERMINERS.has(tokens[k - 1]?.norm ?? '')) continue;
    // "said Mr. Singh", "Lt. Gen. X": the full stop of an abbreviated title.
    if (t.text === '.' && t.glued && TITLE_WORDS.has(tokens[k - 1]?.norm ?? '')) continue;
    // "Defence Minister X", "Army Chief Gen X": a capitalised word that opens a title.
    if (t.kind === 'word' && t.upper && tokens[k + 1]?.upper && TITLE_WORDS.has(tokens[k + 1].norm) && !view.slotAt(k + 1)) continue;
    if (!skippable(t)) return [];
  }
  return [];
}

const VERB_BASES = new Set([...VERBS.map((v) => v.base.split(' ')[0]), ...'be do make take stop end act help keep ensure prevent allow avoid step join leave return honour honor curb dismantle rein expel'.split(' ')]);
const isInfinitive = (t: Token | undefined) => !!t && t.kind === 'word' && !t.upper && VERB_BASES.has(t.norm);

/**
 * Members of an object group named further on: "released a hundred TTP
 * fighters convicted for terrorism, including TTP commander Muslim Khan",
 * "communicated to the Hamas leadership, including X and Y".
 */
export function includedAfter(view: DocView, objects: Slot[]): Slot[] {
  const { tokens } = view;
  if (!objects.length) return [];
  const last = objects[objects.length - 1];
  const s = view.sentence(last.first);
  for (let k = last.last; k < s.last && k - last.last < 14; k++) {
    const t = tokens[k];
    if (t.text === ';' || t.text === '.' || t.text === ':' || /^(but|while|whereas|because|and)$/.test(t.norm)) return [];
    if (view.slotAt(k)) return [];
    if (t.norm === 'including') return objectFrom(view, k + 1, 6).filter((x) => !objects.includes(x));
  }
  return [];
}

/** The object after a preposition that follows the trigger within a short window ("declared war against X"). */
export function objectAfterPreposition(view: DocView, from: number, preps: string[], window = 8): { slots: Slot[]; prep: number } | undefined {
  const { tokens } = view;
  const s = view.sentence(Math.min(from, tokens.length - 1));
  for (let k = from, steps = 0; k < s.last && steps < window; k++, steps++) {
    const t = tokens[k];
    if (view.slotAt(k)) return undefined;
    if (preps.includes(t.norm)) {
      // "calls to arrest X": "to" before a verb opens an infinitive, not an object.
      if (t.norm === 'to' && isInfinitive(tokens[k + 1])) return undefined;
      const slots = objectFrom(view, k + 1);
      return slots.length ? { slots, prep: k } : undefined;
    }
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.norm === 'that' || t.norm === 'which' || t.norm === 'who') return undefined;
  }
  return undefined;
}

/** The slot before a bracketed acronym ending at `close` ("X (ACR)" -> X). */
export function slotBeforeBracket(view: DocView, close: number): Slot | undefined {
  const { tokens } = view;
  let j = close - 1;
  while (j > 0 && close - j < 8 && tokens[j].text !== '(' && tokens[j].text !== '[') j--;
  if (tokens[j]?.text !== '(' && tokens[j]?.text !== '[') return undefined;
  return view.slotAt(j - 1);
}

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
