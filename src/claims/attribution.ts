import type { Token } from '../core/index.js';
import { objectFrom, subjectBefore } from './arguments.js';
import type { DocView, Slot } from './view.js';
import { BE, DENIAL_VERBS, REPORT_VERBS, SOURCE_NOUNS, isAdverb } from './words.js';

/** A stretch of text reported from a source: who says it, and whether the source denies it. */
export interface Frame {
  /** Token range of the reported content. */
  first: number;
  last: number;
  /** The source as an entity, when named. */
  source?: Slot;
  /** The source as written ("a resident", "diplomatic sources") when not named. */
  sourceText?: string;
  /** The words that make this a report ("said", "according to"). */
  cue: [number, number];
  denial: boolean;
  /** "the claim of X that ...": X asserted what the source denies. */
  claimant?: Slot;
  kind: 'said' | 'according' | 'quote' | 'carry' | 'deny';
}

const OPEN_QUOTES = new Set(['“', '"', '«']);
const CLOSE_QUOTES = new Set(['”', '"', '»']);
const SOURCE_TYPES = new Set(['Person', 'ArmedGroup', 'StateBody', 'Organization', 'Publication']);

/** A source noun phrase just before `k` with no entity ("officials said", "a resident said"). */
function unnamedSource(tokens: Token[], k: number, floor: number): string | undefined {
  return unnamedSourceAt(tokens, k, floor)?.text;
}

/** The same, with the token where the source's words start. */
function unnamedSourceAt(tokens: Token[], k: number, floor: number): { text: string; start: number } | undefined {
  let j = k - 1;
  while (j >= floor && (isAdverb(tokens[j].norm) || /^(has|have|had|also)$/.test(tokens[j].norm))) j--;
  if (j < floor || !SOURCE_NOUNS.has(tokens[j].norm)) return undefined;
  // "ISIS in a statement claimed": the medium, not the speaker.
  for (let i = j - 1; i >= floor && i >= j - 3; i--) if (/^(in|on|via|through|by)$/.test(tokens[i].norm)) return undefined;
  let i = j;
  while (i - 1 >= floor && tokens[i - 1].kind === 'word' && !tokens[i - 1].upper && i > j - 3 && !/^(and|that|but|the|which|who)$/.test(tokens[i - 1].norm)) i--;
  if (tokens[i - 1]?.norm === 'the' || tokens[i - 1]?.norm === 'a' || tokens[i - 1]?.norm === 'an') i--;
  return { text: tokens.slice(i, j + 1).map((t) => t.text).join(' '), start: i };
}

/** Finds every reporting frame in the document. */
export function findFrames(view: DocView): Frame[] {
  const { doc, tokens } = view;
  const frames: Frame[] = [];
  doc.sentences.forEach((s) => {
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k];
      if (view.slotAt(k)) continue;
      // "according to X, ..."
      if (t.norm === 'according' && tokens[k + 1]?.norm === 'to') {
        const who = objectFrom(view, k + 2, 6)[0];
        const end = who ? who.last : k + 2;
        const sourceText = who ? undefined : unnamedAfter(tokens, k + 2, s.last);
        if (who || sourceText) frames.push({ first: s.first, last: s.last, source: who && SOURCE_TYPES.has(who.entity.type) ? who : undefined, sourceText, cue: [k, end], denial: false, kind: 'according' });
        continue;
      }
      const deny = DENIAL_VERBS.has(t.norm);
      if (!REPORT_VERBS.has(t.norm) && !deny) continue;
      if (t.upper) continue;
      // A past participle after "be" is not a report ("was reported killed" is, but rarely with a source).
      if (BE.has(tokens[k - 1]?.norm ?? '')) continue;
      // "an operative believed to be involved": a reduced passive hedges, nobody speaks.
      if (/^(believed|thought|suspected|known|said|reported|alleged|feared|understood|presumed)$/.test(t.norm) && tokens[k + 1]?.norm === 'to') continue;
      // "concluded the first round of talks", "found a foothold": these report only with a clause ("concluded that").
      if (/^(conclude|concluded|concludes|find|found|finds|show|showed|shows|indicate|indicated|indicates|estimate|estimated|estimates)$/.test(t.norm) && !/^(that|:|“|")$/.test(tokens[k + 1]?.norm ?? '')) continue;
      // "..., diplomatic sources told Geo News": an unnamed source right before the verb is the speaker.
      const unnamed = unnamedSourceAt(tokens, k, s.first);
      const subj = unnamed ? undefined : subjectBefore(view, k);
      let source = subj?.slots.find((x) => SOURCE_TYPES.has(x.entity.type));
      let sourceText = source ? undefined : unnamed?.text;
      // "..., said Mr. Singh." / "..., says the report."
      let inverted = false;
      if (!source && !sourceText && (tokens[k - 1]?.text === ',' || CLOSE_QUOTES.has(tokens[k - 1]?.text ?? ''))) {
        const after = objectFrom(view, k + 1, 4)[0];
        if (after && SOURCE_TYPES.has(after.entity.type)) { source = after; inverted = true; }
      }
      if (!source && !sourceText) continue;
      // "what it described as American 'criminal actions'": only what follows "as" is the speaker's.
      if (/^(describ|term|label|brand|characteri[sz])/.test(t.norm)) {
        let as = k + 1;
        while (as < s.last && as - k <= 4 && tokens[as].norm !== 'as') as++;
        if (tokens[as]?.norm === 'as' && as + 1 < s.last) frames.push({ first: as + 1, last: s.last, source, sourceText, cue: [k, k + 1], denial: false, kind: 'said' });
        continue;
      }
      const speakerStart = inverted ? k : subj ? Math.min(...subj.slots.map((x) => x.first)) : unnamed ? unnamed.start : k - 1;
      const tail = s.last - k;
      // "..., the army said (in a statement).": the speaker follows a comma or a quote, or nothing follows the verb.
      const before = tokens[/^(the|a|an)$/.test(tokens[speakerStart - 1]?.norm ?? '') ? speakerStart - 2 : speakerStart - 1];
      // "..., the Nigerian Army said, as Islamic State claimed ...": a comma right after the verb ends the speaker's clause.
      const closed = tokens[k + 1]?.text === ',' || (tokens[k + 1]?.norm === 'on' && tokens[k + 3]?.text === ',');
      // A speaker after the content stands after a comma or a quote ("..., the army said."), or ends the sentence.
      const afterContent = !!before && (before.text === ',' || CLOSE_QUOTES.has(before.text));
      const trailing = inverted || (speakerStart > s.first + 3 && (tail <= 2 || (afterContent && (tail <= 12 || closed) && !/^(that)$/.test(tokens[k + 1]?.norm ?? ''))));
      let first: number, last: number;
      if (trailing) {
        first = s.first;
        last = speakerStart;
        while (last > first && (tokens[last - 1].text === ',' || CLOSE_QUOTES.has(tokens[last - 1].text))) last--;
      } else {
        first = k + 1;
        // "told Reuters that", "said in a statement that", "claimed on Monday that"
        for (let j = k + 1; j < Math.min(s.last, k + 10); j++) if (tokens[j].norm === 'that') { first = j + 1; break; }
        last = s.last;
      }
      if (last <= first) continue;
      const claimant = deny ? claimantOf(view, k + 1, first) : undefined;
      frames.push({ first, last, source, sourceText, cue: [k, k + 1], denial: deny, claimant, kind: deny ? 'deny' : 'said' });
    }
  });
  definiteSources(view, frames);
  quoteFrames(view, frames);
  carryFrames(view, frames);
  return frames;
}

const DEFINITE_MEDIUM = /^the (statement|report|communiqu[eé]|release|press release|video|message|post|letter)$/i;
const MEDIUM = /^(statement|communiqu[eé]|release|video|message|letter)$/;

/**
 * "The statement accused US forces ... and warned the Kuwaiti authorities":
 * a sentence whose subject is a definite statement speaks with the voice of
 * the last named speaker in it or the three sentences before.
 */
export function mediumSpeaker(view: DocView, frames: Frame[], k: number): Slot | undefined {
  const { tokens } = view;
  const s = view.sentence(k);
  const det = tokens[s.first]?.norm;
  const noun = tokens[s.first + 1];
  if (!/^(the|this|that)$/.test(det ?? '') || !noun || !MEDIUM.test(noun.norm) || k - s.first > 40) return undefined;
  // "The statement X issued" is X's own: an actor right after the noun is not a statement's voice to look up.
  const next = s.first + 2 < k ? view.slotAt(s.first + 2) : undefined;
  if (next && ['ArmedGroup', 'StateBody', 'Organization', 'Person'].includes(next.entity.type)) return undefined;
  return lastNamedSpeaker(view, frames, s.first);
}

/** The last speaker the text names (not one it refers back to, "the group's statement") before `k`, within three sentences. */
function lastNamedSpeaker(view: DocView, frames: Frame[], k: number): Slot | undefined {
  const si = view.sentenceOf[k];
  let best: Frame | undefined;
  for (const f of frames) {
    if (!f.source || f.source.mention.how === 'pronoun' || f.source.mention.how === 'description') continue;
    if (f.cue[0] >= k || si - view.sentenceOf[f.cue[0]] > 3) continue;
    if (!best || f.cue[0] > best.cue[0]) best = f;
  }
  return best?.source;
}

/**
 * "The Operations Command stated that ... . '...,' according to the statement.":
 * a definite statement with no author named is the last named speaker's,
 * when that speaker spoke in the same or one of the three sentences before.
 */
function definiteSources(view: DocView, frames: Frame[]): void {
  const ordered = [...frames].sort((a, b) => a.cue[0] - b.cue[0]);
  for (const f of ordered) {
    if (f.source || !f.sourceText || !DEFINITE_MEDIUM.test(f.sourceText)) continue;
    const speaker = lastNamedSpeaker(view, ordered, f.cue[0]);
    if (speaker) { f.source = speaker; f.sourceText = undefined; }
  }
}

/** "denied the claim of X that ...", "denied X's claim that ...": the claimant. */
function claimantOf(view: DocView, from: number, to: number): Slot | undefined {
  for (let j = from; j < to; j++) {
    const slot = view.slotAt(j);
    if (slot && SOURCE_TYPES.has(slot.entity.type)) return slot;
  }
  return undefined;
}

function unnamedAfter(tokens: Token[], k: number, ceil: number): string | undefined {
  const words: string[] = [];
  for (let j = k; j < Math.min(ceil, k + 5); j++) {
    if (tokens[j].text === ',') break;
    words.push(tokens[j].text);
    if (SOURCE_NOUNS.has(tokens[j].norm)) return words.join(' ');
  }
  return undefined;
}

/**
 * Quotations: the text inside “…” belongs to the speaker named next to it
 * (“…,” X said / X said: “…”), or to the frame the quote sits in.
 */
function quoteFrames(view: DocView, frames: Frame[]): void {
  const { tokens } = view;
  for (let k = 0; k < tokens.length; k++) {
    if (!OPEN_QUOTES.has(tokens[k].text)) continue;
    let q = k + 1;
    while (q < tokens.length && !CLOSE_QUOTES.has(tokens[q].text) && q - k < 400) q++;
    if (q >= tokens.length || !CLOSE_QUOTES.has(tokens[q].text)) continue;
    if (q - k < 4) { k = q; continue; }
    // Speaker: a frame whose cue is just after the closing quote or just before the opening one.
    const near = frames.find((f) => f.kind !== 'quote' && (f.cue[0] > q && f.cue[0] - q <= 5 || f.cue[0] < k && k - f.cue[1] <= 4));
    if (near && (near.source || near.sourceText)) {
      frames.push({ first: k + 1, last: q, source: near.source, sourceText: near.sourceText, cue: near.cue, denial: false, kind: 'quote' });
    }
    k = q;
  }
}

/**
 * "Some shocking facts revealed in this report:" — a sentence ending in a
 * colon that names a source reports the blocks that follow, up to the next heading.
 */
function carryFrames(view: DocView, frames: Frame[]): void {
  const { doc, tokens } = view;
  doc.sentences.forEach((s, si) => {
    if (tokens[s.last - 1]?.text !== ':' || s.heading) return;
    let source: Slot | undefined;
    for (let k = s.first; k < s.last; k++) {
      const slot = view.slotAt(k);
      if (slot && (slot.entity.type === 'Publication' || SOURCE_TYPES.has(slot.entity.type))) { source = slot; if (slot.entity.type === 'Publication') break; }
    }
    const hasCue = tokens.slice(s.first, s.last).some((t) => REPORT_VERBS.has(t.norm) || SOURCE_NOUNS.has(t.norm));
    if (!source || !hasCue) return;
    let end = si + 1;
    while (end < doc.sentences.length && !doc.sentences[end].heading && end - si <= 25) end++;
    if (end === si + 1) return;
    frames.push({ first: s.last, last: doc.sentences[end - 1].last, source, cue: [s.first, s.last], denial: false, kind: 'carry' });
  });
}

/** Frames around token k, outermost first. */
export function framesAround(frames: Frame[], k: number): Frame[] {
  return frames.filter((f) => f.first <= k && k < f.last).sort((a, b) => (b.last - b.first) - (a.last - a.first));
}
