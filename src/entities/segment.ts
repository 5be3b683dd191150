import type { EntityType, Token } from '../core/index.js';
import type { Candidate } from './candidates.js';
import { isCue, type Chunk } from './chunks.js';
import { CONNECTORS, PLACE_CUES, PLACE_PREPOSITIONS, TITLE_WORDS } from './words.js';
import type { KbHit } from './kb-scan.js';
import { titleAt } from './titles.js';
import { isCommonWord } from '../nlp/lexicon.js';

export interface Part {
  kind: 'kb' | 'title' | 'name';
  first: number;
  last: number;
  hit?: KbHit;
  /** Known from how the part was formed ("Mozambique Channel" is a place). */
  type?: EntityType;
}

/**
 * Splits a capitalised run into knowledge-base names, titles and unknown
 * names: "US President Donald Trump" -> kb(US) title(President) kb(Donald Trump);
 * "Colonel Sagir Musa" -> title(Colonel) name(Sagir Musa).
 */
/** A capitalised word before it that opens the name: a title or nothing named before it ("Lt. Col. Ariel"). */
function givenName(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !before || !(before.upper && before.kind === 'word') || TITLE_WORDS.has(before.norm) || before.text === '.';
}

export function splitParts(tokens: Token[], chunk: Chunk, hitAt: Map<number, KbHit>, isCountry: (entry: string) => boolean = () => false): Part[] {
  // "Autonomous Administration of North and East Syria (AANES)": an acronym that spells the run's
  // capitalised words says the run is one name, known names and "and" inside it included.
  if (spelledByBracket(tokens, chunk) && !(hitAt.get(chunk.first)?.end === chunk.last)) return [{ kind: 'name', first: chunk.first, last: chunk.last }];
  const parts: Part[] = [];
  let end = chunk.last;
  let i = chunk.first;
  while (i < end) {
    const hit = hitAt.get(i);
    // A single common word the knowledge base happens to know ("Liberation" in
    // "Balochistan Liberation Army") is part of the longer name around it.
    // A country is no common word opening a sentence ("Turkey condemned ...") nor one of a coordination
    // ("Turkey and Iran", "Niger and Guinea"): a longer name does not hold it across "and".
    const country = !!hit && hit.names.some((n) => isCountry(n.entry));
    const conj = (k: number) => !!tokens[k] && /^(and|or|&)$/.test(tokens[k].norm) && !tokens[k].upper;
    const coordinated = country && (conj(i - 1) || conj(i + 1));
    const inside = hit && hit.end - i === 1 && isCommonWord(tokens[i].norm) && !hit.names.some((n) => n.kind === 'demonym' || n.exactCase)
      && !coordinated && (i > chunk.first || hit.end < end || (opensSentence(tokens, i, chunk) && !country));
    // A known person's surname inside a longer unknown name ("Abbas" in "Abbas Kalem") is not that person.
    const plainName = (k: number) => { const t = tokens[k]; return !!t && t.kind === 'word' && (t.upper || t.caps) && !TITLE_WORDS.has(t.norm) && !hitAt.has(k); };
    const partOfName = hit && hit.end - i === 1 && hit.names.every((n) => n.entry.startsWith('person-') && n.kind !== 'name')
      && ((i > chunk.first && plainName(i - 1)) || (hit.end < end && plainName(hit.end)));
    const town = !!hit && hit.end - i === 1 && hit.names.every((n) => /-(city|town)-/.test(n.entry) || n.kind === 'metonym');
    const place = !!hit && hit.end - i === 1 && hit.names.every((n) => /-(city|town|region|province|district)-/.test(n.entry) || n.kind === 'metonym');
    // A town's name right after a given name ends a person's name ("Ariel Santiago", "Romeo Santos");
    // one opening a run of two plain names is a given name ("Farah Abdi Gedi").
    // So is a town right after a rank that a name follows ("Brig Gen Sabah al-Numan"), and one after a given
    // name and a connector ("Julie de Lima").
    const afterTitle = i > chunk.first && parts.length > 0 && parts[parts.length - 1].kind === 'title' && parts[parts.length - 1].last === i;
    const townInName = (town && ((hit.end === end && i > chunk.first && plainName(i - 1) && givenName(tokens, i - 1))
      || (givenName(tokens, i) && hit.end + 2 === end && plainName(hit.end) && plainName(hit.end + 1))
      || (hit.end === end && i > chunk.first + 1 && CONNECTORS.has(tokens[i - 1].norm) && !tokens[i - 1].upper && plainName(i - 2) && givenName(tokens, i - 2))))
      || (place && afterTitle && hit.end < end && (plainName(hit.end) || CONNECTORS.has(tokens[hit.end].norm)) && !hit.names.some((n) => isCountry(n.entry)))
      // A region's or province's name ending a run of two plain names is a surname ("Ahmed Hussein Farah").
      || (place && hit.end === end && i >= chunk.first + 2 && plainName(i - 1) && plainName(i - 2) && givenName(tokens, i - 2) && !hit.names.some((n) => isCountry(n.entry)));
    if (hit && !inside && !partOfName && !townInName) {
      parts.push({ kind: 'kb', first: i, last: hit.end, hit });
      end = Math.max(end, hit.end);
      i = hit.end;
      continue;
    }
    const title = titleAt(tokens, i, end);
    if (title) {
      parts.push({ kind: 'title', first: i, last: i + title });
      i += title;
      continue;
    }
    const last = parts[parts.length - 1];
    if (last?.kind === 'name' && last.last === i) last.last = i + 1;
    else parts.push({ kind: 'name', first: i, last: i + 1 });
    i++;
  }
  // "in Sultan Kudarat", "near General Santos": after a place preposition a title starts a place name.
  const before = tokens[chunk.first - 1];
  if (parts[0]?.kind === 'title' && before && PLACE_PREPOSITIONS.has(before.norm) && before.norm !== 'to' && parts[1]?.kind === 'name') {
    parts.splice(0, 2, { kind: 'name', first: parts[0].first, last: parts[1].last });
  }
  // Connectors at the edge of a part belong to neither side ("Aliyu Kachalla of | Borno");
  // a part of connectors only ("and" between two titled names) is no name.
  for (const p of parts) {
    if (p.kind !== 'name') continue;
    const edge = (t: Token) => (CONNECTORS.has(t.norm) && !t.upper) || t.text === '-';
    while (p.last > p.first + 1 && edge(tokens[p.last - 1])) p.last--;
    while (p.first < p.last - 1 && edge(tokens[p.first])) p.first++;
  }
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k];
    if (p.kind === 'name' && tokens.slice(p.first, p.last).every((t) => CONNECTORS.has(t.norm) && !t.upper)) parts.splice(k, 1);
  }
  // "Director General of Police Dilbag Singh": the office after "of" is one word, the name follows.
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k];
    const gap = tokens.slice(parts[k - 1].last, p.first).map((t) => t.norm).join(' ');
    if (parts[k - 1].kind === 'title' && p.kind === 'name' && /^of( the)?$/.test(gap) && p.last - p.first >= 2 && isCue(tokens[p.first].norm) && !isCue(tokens[p.last - 1].norm)) {
      parts.splice(k, 1, { kind: 'name', first: p.first, last: p.first + 1 }, { kind: 'name', first: p.first + 1, last: p.last });
    }
  }
  // "Chikun Gudu and Bukar Maryam", "the National Police and the Armed Forces": two names,
  // unless the whole is one organisation ("Committee for Peace and Justice").
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k];
    if (p.kind !== 'name') continue;
    for (let j = p.last - 2; j > p.first; j--) {
      const leftComplete = isCue(tokens[j - 1].norm) && tokens[j - 1].upper;
      // ...nor is a long name its acronym follows in brackets ("Commission for Development and Life without Drugs (Devida)").
      if ((tokens[j].norm === 'and' || tokens[j].text === '&') && (leftComplete || (!isCue(tokens[p.last - 1].norm) && !bracketAfter(tokens, p.last)))) {
        const right = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
        parts.splice(k, 1, { kind: 'name', first: p.first, last: j }, { kind: 'name', first: right, last: p.last });
        break;
      }
    }
  }
  // "Liberty of Russia Legion", "Bank of Khartoum Brigade": a name without a cue, "of", then a
  // place and a cue word is one name; "47th Brigade of the X Command" (a cue before "of") is two.
  if (parts.length >= 2 && parts.every((p) => p.kind === 'name' || placeHit(p)) && parts[0].kind === 'name' && !isCue(tokens[parts[0].last - 1].norm)) {
    const lastPart = parts[parts.length - 1];
    const gap = tokens.slice(parts[0].last, parts[1].first).map((t) => t.norm).join(' ');
    if (lastPart.kind === 'name' && isCue(tokens[lastPart.last - 1].norm) && /^(of|of the)$/.test(gap) && !PLACE_CUES.has(tokens[lastPart.last - 1].norm)) {
      parts.splice(0, parts.length, { kind: 'name', first: parts[0].first, last: lastPart.last });
    }
  }
  // Merge within each run of adjacent parts (connectors such as "of the" separate runs).
  for (let a = 0; a < parts.length;) {
    let b = a + 1;
    while (b < parts.length && parts[b].first === parts[b - 1].last) b++;
    const group = parts.slice(a, b);
    mergeNamedPlaces(tokens, group);
    parts.splice(a, b - a, ...group);
    a += group.length;
  }
  // "General Assembly", "Chief Minister's Office": a title before a cue word is part of a name.
  for (let k = parts.length - 2; k >= 0; k--) {
    const p = parts[k], q = parts[k + 1];
    if (p.kind === 'title' && q.kind === 'name' && q.first === p.last && isCue(tokens[q.last - 1].norm) && tokens[q.last - 1].upper) {
      // "Kerrow General Hospital", "Ramsey Central Hospital": a name or a place right before the title opens the
      // same name (the title is a word of it, not a person's rank).
      const o = parts[k - 1];
      const opener = !!o && o.last === p.first && (o.kind === 'name' || placeHit(o));
      if (opener) parts.splice(k - 1, 3, { kind: 'name', first: o.first, last: q.last });
      else parts.splice(k, 2, { kind: 'name', first: p.first, last: q.last });
    }
  }
  return parts;
}

/** The first word of a sentence or of a quote or heading: its capital says nothing. */
function opensSentence(tokens: Token[], i: number, chunk: Chunk): boolean {
  const prev = tokens[i - 1];
  return i === chunk.first && (!prev || /^[.!?:"“‘(\[—–]$/.test(prev.text));
}

/** Turns the parts of one run into candidates, linking titles to the name they precede. */
export function partsToCandidates(tokens: Token[], parts: Part[], sentence: number, out: Candidate[]): void {
  let titles: Part[] = [];
  let officeIndex: number | undefined; // candidate index of the office before the titles ("US" in "US President X")
  const text = (first: number, last: number) => tokens.slice(first, last).map((x, k) => (k > 0 && !x.glued ? ' ' : '') + x.text).join('');
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.kind === 'title') { titles.push(p); continue; }
    // "the Qatar Prime Minister and Egypt President X": titles cut off by "and" or a comma stand alone.
    if (titles.length && tokens.slice(titles[titles.length - 1].last, p.first).some((t) => t.norm === 'and' || t.text === ',')) {
      const first = officeIndex !== undefined ? out[officeIndex].first : titles[0].first;
      out.push({ first, last: titles[titles.length - 1].last, how: 'title', titles: titles.map((t) => text(t.first, t.last)), role: text(first, titles[titles.length - 1].last), ...(officeIndex !== undefined ? { roleOf: officeIndex } : {}), rule: 'entity/title-alone', sentence });
      titles = [];
      officeIndex = undefined;
    }
    // "Commander of US Central Command": a title of an office, not a name.
    const connectorOnly = p.kind === 'name' && tokens.slice(p.first, p.last).every((t) => t.norm === 'of' || t.norm === 'the');
    // Connectors are trimmed out of parts, so "Director General | of the | Army" has a gap instead.
    const gapOf = titles.length > 0 && /^of( the)?$/.test(tokens.slice(titles[titles.length - 1].last, p.first).map((t) => t.norm).join(' '));
    const office = gapOf ? p : parts[k + 1];
    const genericOffice = office?.kind === 'name' && office.last - office.first === 1 && /^(army|police|military|navy|government|ministry)$/.test(tokens[office.first].norm);
    if ((connectorOnly || gapOf) && titles.length && (office?.kind === 'kb' || genericOffice)) {
      const org = office;
      const orgIndex = out.length + 1;
      out.push({ first: titles[0].first, last: org.last, how: 'title', titles: titles.map((t) => text(t.first, t.last)), role: text(titles[0].first, org.last), roleOf: orgIndex, rule: 'entity/title-of-office', sentence });
      out.push({ first: org.first, last: org.last, how: 'name', titles: [], rule: org.hit ? 'entity/kb' : 'entity/name', sentence, ...(org.hit ? { kb: org.hit.names } : {}) });
      titles = [];
      officeIndex = undefined;
      if (!gapOf) k++;
      continue;
    }
    // An unknown word before a title that names no organisation is part of the title
    // ("National Defense Minister", "DGISI Lt Gen"): fold it into the next title.
    if (p.kind === 'name' && titles.length === 0 && parts[k + 1]?.kind === 'title' && !isCue(tokens[p.last - 1].norm) && p.last - p.first <= 2) {
      parts[k + 1] = { ...parts[k + 1], first: p.first };
      continue;
    }
    const titled = titles.length > 0;
    const c: Candidate = {
      first: p.first,
      last: p.last,
      how: 'name',
      titles: titles.map((t) => text(t.first, t.last)),
      titleStarts: titles.map((t) => t.first),
      rule: p.kind === 'kb' ? 'entity/kb' : titled ? 'entity/titled-name' : 'entity/name',
      sentence,
      ...(p.hit ? { kb: p.hit.names } : {}),
      ...(titled ? { titledFirst: titles[0].first, type: p.kind === 'name' ? 'Person' as const : undefined } : {}),
      ...(p.type ? { type: p.type } : {}),
    };
    if (titled && officeIndex !== undefined) {
      c.roleOf = officeIndex;
      c.role = text(out[officeIndex].first, titles[titles.length - 1].last);
      c.titledFirst = out[officeIndex].first;
    }
    titles = [];
    // "US President X": a name right before a title is the office; "Sepoy X and Lance Naik Y": a person before
    // "and" is not.
    const nextTitle = parts[k + 1]?.kind === 'title' ? parts[k + 1] : undefined;
    const joined = !!nextTitle && tokens.slice(p.last, nextTitle.first).some((t) => t.norm === 'and' || t.norm === 'or' || t.text === ',');
    officeIndex = nextTitle && !joined && !(titled && p.kind === 'name') ? out.length : undefined;
    out.push(c);
  }
  // Titles with no name after them name someone introduced earlier ("the Pakistani Field Marshal", "the CIA Director").
  if (titles.length) {
    const first = officeIndex !== undefined ? out[officeIndex].first : titles[0].first;
    out.push({ first, last: titles[titles.length - 1].last, how: 'title', titles: titles.map((t) => text(t.first, t.last)), role: text(first, titles[titles.length - 1].last), ...(officeIndex !== undefined ? { roleOf: officeIndex } : {}), rule: 'entity/title-alone', sentence });
  }
}

const PLACE_KINDS = /^(country|city|region|district|area|water|mountain)$/;
const placeHit = (p: Part) => p.kind === 'kb' && !!p.hit && p.hit.names.every((n) => n.kind === 'demonym' || n.kind === 'metonym' || PLACE_KINDS.test(kindOf(n.entry)));
const kindOf = (entry: string) => (/-(city|region|district|area)-/.exec(entry)?.[1] ?? (entry.length === 2 ? 'country' : ''));

/**
 * A run that ends in an organisation word and holds only place names besides
 * unknown words is one organisation ("Lake Chad Research Centre", "Balochistan
 * Police", "Mozambique Armed Forces"); a place word before a place name is one
 * place ("Lake Chad", "Mount Elgon").
 */
function mergeNamedPlaces(tokens: Token[], all: Part[]): void {
  // Only the part before the first title can be one name ("Rwandan Joint Task Force | Commander | X").
  const firstTitle = all.findIndex((p) => p.kind === 'title');
  const parts = firstTitle < 0 ? all.slice() : all.slice(0, firstTitle);
  const rest = firstTitle < 0 ? [] : all.slice(firstTitle);
  mergePrefix(tokens, parts);
  all.splice(0, all.length, ...parts, ...rest);
}

function mergePrefix(tokens: Token[], parts: Part[]): void {
  if (parts.length < 2) return;
  // "Mozambique Channel", "Balochistan Province": a place and a place word are one place.
  const tail = parts[parts.length - 1];
  if (parts.length === 2 && placeHit(parts[0]) && tail.kind === 'name' && tail.last - tail.first === 1 && PLACE_CUES.has(tokens[tail.first].norm) && tokens[tail.first].upper) {
    parts.splice(0, 2, { kind: 'name', first: parts[0].first, last: tail.last, type: 'Location' });
    return;
  }
  const last = tokens[parts[parts.length - 1].last - 1];
  const unknown = parts.some((p) => p.kind === 'name');
  if (unknown && last.upper && isCue(last.norm) && !PLACE_CUES.has(last.norm) && parts[parts.length - 1].kind === 'name' && parts.every((p) => p.kind === 'name' || placeHit(p))) {
    parts.splice(0, parts.length, { kind: 'name', first: parts[0].first, last: parts[parts.length - 1].last });
    return;
  }
  const first = parts[0];
  if (first.kind === 'name' && first.last - first.first === 1 && PLACE_CUES.has(tokens[first.first].norm) && parts[1].kind === 'kb' && placeHit(parts[1])) {
    parts.splice(0, 2, { kind: 'name', first: first.first, last: parts[1].last, type: 'Location' });
  }
}

/** A bracket holding one name right after `at`: "(SNAI)", "(Devida)". */
function bracketAfter(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === '(' && tokens[at + 1]?.kind === 'word' && tokens[at + 2]?.text === ')';
}

/** Does the bracketed acronym after the chunk spell the initials of its capitalised words (three or more)? */
function spelledByBracket(tokens: Token[], chunk: Chunk): boolean {
  if (!bracketAfter(tokens, chunk.last)) return false;
  const acronym = tokens[chunk.last + 1].text;
  if (acronym.length < 3 || acronym !== acronym.toUpperCase()) return false;
  const initials = tokens.slice(chunk.first, chunk.last).filter((t) => t.kind === 'word' && t.upper).map((t) => t.text[0].toUpperCase()).join('');
  return initials === acronym && tokens.slice(chunk.first, chunk.last).some((t) => t.kind === 'word' && !t.upper);
}
