import type { RawClaim } from './raw.js';
import { ACTORS, type DocView, type Slot } from './view.js';

const GROUPS = new Set(['ArmedGroup', 'Organization', 'StateBody']);
/** Words that tie a person to a group in an apposition ("a commander affiliated with JNIM"). */
const TIES = /^(affiliated|associated|linked|belonging|loyal|tied|connected|attached)$/;
/** People counted as a group's men ("three al-Shabaab fighters, X, Y and Z"). */
const MEN = /^(fighters|members|militants|commanders|operatives|rebels|insurgents|gunmen|cadres|leaders|soldiers|officers|suspects|jihadists)$/;

/**
 * Membership and alliance the text states by how it names people and groups:
 *  - "X, a commander affiliated with JNIM", "X, who is linked to the ADF";
 *  - "Hafiz Saeed's proscribed Jamaat-ud-Dawa": a person's own group;
 *  - "three Maute-ISIS fighters, X, Y and Z": members listed after a count;
 *  - "a joint Nigeria-Chad operation", "X and Y launched a joint offensive": allies.
 */
export function affiliationClaims(view: DocView): RawClaim[] {
  return [...tiedPeople(view), ...possessedGroups(view), ...countedMembers(view), ...jointActions(view), ...appointed(view)];
}

const APPOINT = /^(appointed|appoints|appoint|named|names|selected|selects|chose|chooses|elected|elects|picked|installed|designated|made)$/;

/** "IS-K selected Aslam Faruqi as its governor", "the group named X its new leader": X belongs to the chooser. */
function appointed(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (const person of view.slots) {
    if (person.entity.type !== 'Person' || person.mention.how === 'pronoun') continue;
    const verb = tokens[person.first - 1];
    if (!verb || !APPOINT.test(verb.norm)) continue;
    let k = person.last;
    while (tokens[k]?.text === '[' || tokens[k]?.text === '(') { while (k < tokens.length && tokens[k].text !== ']' && tokens[k].text !== ')') k++; k++; }
    if (tokens[k]?.norm === 'as') k++;
    if (!/^(its|their|the)$/.test(tokens[k]?.norm ?? '')) continue;
    // The role must follow: "as its governor", "as the group's new leader".
    const rest = tokens.slice(k + 1, k + 5).map((t) => t.norm);
    if (!rest.some((w) => /^(leader|chief|head|emir|amir|governor|commander|spokesman|spokesperson|deputy|president|chairman|director|wali|successor)$/.test(w))) continue;
    const chooser = subjectOf(view, person.first - 1);
    if (!chooser || chooser.entity.type === 'Person' || chooser.entity.type === 'Location') continue;
    out.push({ subject: person, object: chooser, predicate: 'MEMBER_OF', trigger: [person.first - 1, k + 2], rule: 'affiliation/appointed', strength: 0.7, extent: [chooser.first, k + 2] });
  }
  return out;
}

/** The nearest actor before a verb in its clause (over auxiliaries and adverbs). */
function subjectOf(view: DocView, verb: number): Slot | undefined {
  const { tokens } = view;
  const s = view.sentence(verb);
  for (let k = verb - 1; k >= s.first && verb - k < 5; k--) {
    const slot = view.slotAt(k);
    if (slot) return slot;
    if (tokens[k].kind !== 'word' || tokens[k].upper) return undefined;
  }
  return undefined;
}

function tiedPeople(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (const person of view.slots) {
    if (person.entity.type !== 'Person' || person.mention.how === 'pronoun') continue;
    const s = view.sentence(person.first);
    let k = person.last;
    if (tokens[k]?.text !== ',') continue;
    k++;
    // "X, a (suspected) commander", "X, who is (reportedly)"
    for (let steps = 0; k < s.last && steps < 6 && !TIES.test(tokens[k].norm); steps++, k++) {
      const t = tokens[k];
      if (t.kind !== 'word' || t.upper || view.slotAt(k)) break;
    }
    if (!TIES.test(tokens[k]?.norm ?? '')) continue;
    const prep = tokens[k + 1]?.norm;
    if (!/^(with|to)$/.test(prep ?? '')) continue;
    const group = view.slotAt(tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2);
    if (!group || !GROUPS.has(group.entity.type)) continue;
    out.push({ subject: person, object: group, predicate: 'MEMBER_OF', trigger: [k, k + 2], rule: `affiliation/${tokens[k].norm}`, strength: 0.7, extent: [person.first, group.last] });
  }
  return out;
}

function possessedGroups(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (const person of view.slots) {
    if (person.entity.type !== 'Person' || person.mention.how === 'pronoun') continue;
    const apostrophe = tokens[person.last];
    if (!apostrophe || !/^('s|')$/.test(apostrophe.norm) || !apostrophe.glued) continue;
    // Over at most two lower-case modifiers: "Hafiz Saeed's proscribed Jamaat-ud-Dawa".
    let k = person.last + 1;
    while (k < person.last + 3 && tokens[k]?.kind === 'word' && !tokens[k].upper && !view.slotAt(k)) k++;
    const group = view.slotAt(k);
    if (!group || group.first !== k || (group.entity.type !== 'ArmedGroup' && group.entity.type !== 'Organization')) continue;
    out.push({ subject: person, object: group, predicate: 'MEMBER_OF', trigger: [person.last, group.first], rule: 'affiliation/possessor', strength: 0.6, naming: true });
  }
  return out;
}

function countedMembers(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (const group of view.slots) {
    if (group.entity.type !== 'ArmedGroup' && group.entity.type !== 'Organization') continue;
    // "three Maute-ISIS fighters, X, Y and Z" / "3 ADF militants identified as X and Y"
    const men = tokens[group.last];
    if (!men || !MEN.test(men.norm)) continue;
    let k = group.last + 1;
    if (tokens[k]?.text === ',' || tokens[k]?.text === ':') k++;
    else if (tokens[k]?.norm === 'identified' && tokens[k + 1]?.norm === 'as') k += 2;
    else if (tokens[k]?.norm === 'named') k++;
    else continue;
    const s = view.sentence(group.first);
    for (let j = k; j < s.last; j++) {
      const t = tokens[j];
      const p = view.slotAt(j);
      if (p && p.entity.type === 'Person') {
        out.push({ subject: p, object: group, predicate: 'MEMBER_OF', trigger: [group.first, group.last + 1], rule: 'affiliation/counted-members', strength: 0.7, extent: [group.first, p.last], naming: true });
        j = p.last - 1;
        continue;
      }
      if (t.text === ',' || t.norm === 'and') continue;
      break;
    }
  }
  return out;
}

const JOINT_NOUNS = /^(operation|operations|offensive|patrol|patrols|force|forces|campaign|exercise|exercises|strike|strikes|raid|raids|mission|command|task)$/;

function jointActions(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  const actor = (s?: Slot) => !!s && (ACTORS.has(s.entity.type) || s.entity.kbId?.length === 2);
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].norm !== 'joint' || tokens[k].upper) continue;
    // "a joint Nigeria-Chad military operation"
    const a = view.slotAt(k + 1);
    if (a && tokens[a.last]?.text === '-' && actor(a)) {
      const b = view.slotAt(a.last + 1);
      if (b && b !== a && actor(b)) {
        let j = b.last;
        while (j < b.last + 3 && tokens[j]?.kind === 'word' && !JOINT_NOUNS.test(tokens[j].norm)) j++;
        if (JOINT_NOUNS.test(tokens[j]?.norm ?? '')) out.push({ subject: a, object: b, predicate: 'ALLY_OF', trigger: [k, j + 1], rule: 'affiliation/joint-pair', strength: 0.75 });
      }
      continue;
    }
    // "X and Y launched a joint operation"
    if (!JOINT_NOUNS.test(tokens[k + 1]?.norm ?? '')) continue;
    const s = view.sentence(k);
    // The clause's subject: two actors joined by "and" alone ("Nigeria and Chad", "Nigeria and the MNJTF").
    let first: Slot | undefined;
    for (let j = s.first; j < k && !first; j++) first = view.slotAt(j);
    const subjects: Slot[] = [];
    if (first && actor(first) && tokens[first.last]?.norm === 'and') {
      const second = view.slotAt(tokens[first.last + 1]?.norm === 'the' ? first.last + 2 : first.last + 1);
      if (second && actor(second)) subjects.push(first, second);
    }
    if (subjects.length === 2) out.push({ subject: subjects[0], object: subjects[1], predicate: 'ALLY_OF', trigger: [k, k + 2], rule: 'affiliation/joint-subjects', strength: 0.7, extent: [subjects[0].first, k + 2] });
  }
  return out;
}
