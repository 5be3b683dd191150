import type { Token } from '../core/index.js';
import type { Candidate } from './candidates.js';
import { ROLE_NOUNS, TITLE_WORDS } from './words.js';

const isRoleWord = (t: Token) => t.kind === 'word' && !t.upper && (ROLE_NOUNS.has(t.norm) || TITLE_WORDS.has(t.norm));
const FILLER = new Set(['former', 'then', 'acting', 'deputy', 'founding', 'senior', 'top', 'chief', 'political', 'military', 'regional', 'local', 'provincial', 'national', 'executive', 'associate', 'current', 'late', 'self-styled', 'bureau', 'wing', 'media', 'and', 'new', 'longtime', 'key']);

/**
 * Who holds a role in what, where the text says so by position:
 *  - "TTP commander Muslim Khan", "ISPK's Balochistan coordinator Mir Shafiq Mengal",
 *    "Hamas political bureau chief and chief negotiator, Ismail Haniyeh";
 *  - "Sheikh X, a former ISKP founding member", "X, the head of the Haqqani Network",
 *    "X an ISKP operative", "X, the Army's 103rd Infantry Brigade Commander".
 * Sets roleOf/role on the person's candidate; returns title mentions that name the same person.
 */
export function linkRoles(tokens: Token[], cands: Candidate[], sentenceOf: (tok: number) => number): Array<[number, number]> {
  const joins: Array<[number, number]> = [];
  const endsAt = new Map<number, number>();
  const startsAt = new Map<number, number>();
  cands.forEach((c, i) => { if (!c.dropped) { endsAt.set(c.last, i); startsAt.set(c.titledFirst ?? c.first, i); } });
  // A titled name is also found where its name proper starts ("Ukrainian President | Volodymyr Zelenskyy").
  cands.forEach((c, i) => { if (!c.dropped && !startsAt.has(c.first)) startsAt.set(c.first, i); });
  cands.forEach((p, pi) => {
    if (p.dropped || p.how === 'title' || (p.type && p.type !== 'Person') || (p.kb && !p.kb.some((n) => n.entry.startsWith('person-')))) return;
    if (p.roleOf !== undefined && !cands[p.roleOf].dropped) return;
    const before = roleBefore(tokens, cands, endsAt, p, sentenceOf);
    if (before) { Object.assign(p, before); p.type ??= 'Person'; return; }
    // "Deputy Inspector General (DIG) CTD Aitzaz Ahmed Goraya": a title, its acronym, the office, then the name.
    const office = endsAt.get(p.titledFirst ?? p.first);
    if (office !== undefined && !cands[office].dropped && cands[office].how !== 'title' && cands[office].type !== 'Person') {
      let k = cands[office].first - 1;
      if (tokens[k]?.text === ')' || tokens[k]?.text === ']') { while (k > 0 && tokens[k].text !== '(' && tokens[k].text !== '[') k--; k--; }
      const title = endsAt.get(k + 1);
      if (title !== undefined && cands[title].how === 'title' && sentenceOf(k) === sentenceOf(p.first)) {
        p.roleOf = office;
        p.role = cands[title].role ?? cands[title].titles.join(' ');
        p.type ??= 'Person';
        joins.push([pi, title]);
        return;
      }
    }
    const after = roleAfter(tokens, cands, startsAt, p, sentenceOf);
    if (after) {
      if (after.title !== undefined) joins.push([pi, after.title]);
      p.roleOf = after.roleOf;
      p.role = after.role;
      p.type ??= 'Person';
    }
  });
  return joins;
}

function roleBefore(tokens: Token[], cands: Candidate[], endsAt: Map<number, number>, p: Candidate, sentenceOf: (tok: number) => number) {
  const s = sentenceOf(p.first);
  let k = (p.titledFirst ?? p.first) - 1;
  if (tokens[k]?.text === ',') k--;
  const roleEnd = k + 1;
  // A title the person carries is a role already ("Mozambique Armed Forces (FADM) Commander Maj. Gen. X").
  const titled = p.titles.length > 0;
  let sawRole = false;
  let steps = 0;
  let fillers = 0;
  while (k >= 0 && steps++ < 12 && sentenceOf(k) === s) {
    const t = tokens[k];
    if (isRoleWord(t)) { sawRole = true; k--; continue; }
    if (t.norm === "'s" || t.norm === "'") break;
    if ((FILLER.has(t.norm) || (t.kind === 'word' && !t.upper && !/(ed|ing)$/.test(t.norm) && !/^(the|a|an|and|or|of|in|on|at|by|with|from|that|which|who|is|was|has|had|said|says|told|freed|held|led|met|saw|took|gave|made|sent)$/.test(t.norm))) && !t.upper && fillers++ < 4) { k--; continue; }
    // "special representative to Afghanistan X": a prepositional phrase after the role.
    const within = endsAt.get(k + 1);
    if (within !== undefined && /^(to|for|in|on|at)$/.test(tokens[cands[within].first - 1]?.norm ?? '')) { k = cands[within].first - 2; continue; }
    if (t.text === ']' || t.text === ')') {
      // A gloss in brackets ("[supreme leader]") says the word before it is a role.
      const close = k;
      while (k >= 0 && tokens[k].text !== '[' && tokens[k].text !== '(') k--;
      if (tokens.slice(k + 1, close).some(isRoleWord)) sawRole = true;
      const gloss = tokens.slice(k + 1, close).every((x) => x.kind === 'word' && !x.upper);
      k--;
      // The foreign term a lower-case gloss translates ("Nazim-e-Ala [supreme leader]", "Majlis al-Shura [consultative council]") is part of the role.
      if (gloss) while (k >= 0 && sentenceOf(k) === s && (tokens[k].upper || /^[-‑]$|^(e|ul|i|al|el|ad|ud|bin|ibn)$/.test(tokens[k].norm)) && tokens[k].norm !== "'s") k--;
      continue;
    }
    // A place or a foreign title between the office and the role ("ISPK's Balochistan coordinator").
    const mid = endsAt.get(k + 1);
    if (mid !== undefined && (cands[mid].dropped || cands[mid].type === 'Location' || isPlaceLike(cands[mid]))) { k = cands[mid].first - 1; continue; }
    break;
  }
  // The person's own title is the role only when the office stands right before it
  // ("Mozambique Armed Forces (FADM) Commander Maj. Gen. X"), not across other words ("Gen. X met Gen. Y").
  if (!sawRole && !(titled && fillers === 0)) return undefined;
  let orgEnd = k + 1;
  if (tokens[k] && (tokens[k].norm === "'s" || tokens[k].norm === "'")) orgEnd = k;
  // "the M23, whose spokesman, Innocent Habimana": the one before "whose".
  if (tokens[k]?.norm === 'whose') orgEnd = tokens[k - 1]?.text === ',' ? k - 1 : k;
  const org = endsAt.get(orgEnd);
  if (org === undefined || cands[org].dropped || cands[org] === p || cands[org].type === 'Location') return undefined;
  const words = tokens.slice(orgEnd, roleEnd).filter((t, i) => !(i === 0 && (t.norm === "'s" || t.norm === "'")) && t.text !== ',');
  const role = sawRole ? words.map((t, i) => (i > 0 && !t.glued ? ' ' : '') + t.text).join('').trim() : p.titles.join(' ');
  return { roleOf: org, role };
}

function roleAfter(tokens: Token[], cands: Candidate[], startsAt: Map<number, number>, p: Candidate, sentenceOf: (tok: number) => number) {
  const s = sentenceOf(p.first);
  let k = p.last;
  if (tokens[k]?.text === ',') k++;
  if (/^(a|an|the)$/.test(tokens[k]?.norm ?? '')) k++;
  else if (tokens[p.last]?.text !== ',') return undefined;
  let org: number | undefined;
  let role = '';
  let title: number | undefined;
  for (let steps = 0; k < tokens.length && steps < 12 && sentenceOf(k) === s; steps++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.norm === 'who' || t.norm === 'which') break;
    const c = startsAt.get(k);
    if (c !== undefined && !cands[c].dropped) {
      const cand = cands[c];
      // "the Director General of the Army's media wing ISPR": the possessor owns the unit the role is in.
      const owned = org !== undefined && /^('s|')$/.test(tokens[cands[org].last]?.norm ?? '');
      // "X, the Army's 501st Infantry Brigade Commander": a title's own office, owned by the possessor before it.
      if (cand.how === 'title') { title = c; if (cand.roleOf !== undefined) org = owned ? cand.roleOf : org ?? cand.roleOf; role ||= cand.role ?? ''; k = cand.last; continue; }
      // "X, a Nigerien commander": a nationality is not an organisation.
      const demonym = !!cand.kb?.length && cand.kb.every((n) => n.kind === 'demonym') && !/^(army|military|police|intelligence|government|navy|forces|authorities)$/.test(tokens[cand.last]?.norm ?? '');
      // "an adviser to President X": a head of state the knowledge base knows stands for the office.
      const officeHolder = !!cand.kb?.some((n) => n.entry.startsWith('person-'));
      if ((cand.type !== 'Person' || officeHolder) && cand.type !== 'Location' && !demonym) org = owned && cand.type !== 'Person' ? c : org ?? c;
      k = Math.max(cand.last, k + 1);
      continue;
    }
    // "an adviser to Ukrainian President X": the office holder's own title.
    if (t.kind === 'word' && t.upper && TITLE_WORDS.has(t.norm) && role) { k++; continue; }
    if (isRoleWord(t)) role = role ? `${role} ${t.text}` : t.text;
    // "an expert on organized crime and associate analyst with InSight Crime": a role's own words.
    else if (!(FILLER.has(t.norm) || t.kind !== 'word' || /^(of|in|with|for|at|on|to|the|a|an|'s)$/.test(t.norm) || (!t.upper && !/^(is|was|are|were|has|had|have|said|says|told|who|which|that|will|would)$/.test(t.norm)))) break;
    k++;
  }
  if (org === undefined || !role) return undefined;
  return { roleOf: org, role, title };
}

function isPlaceLike(c: Candidate): boolean {
  return !!c.kb?.some((n) => n.entry.includes('-region-') || n.entry.includes('-city-') || n.entry.includes('-district-') || n.entry.includes('-area-'));
}
