import { objectAfterPreposition, subjectBefore } from './arguments.js';
import type { RawClaim } from './raw.js';
import { ACTORS, type DocView, type Slot } from './view.js';
import { BE } from './words.js';

const PLACE_NOUNS = /^(stronghold|strongholds|bastion|base|bases|heartland|hideout|hideouts|sanctuary|safe haven|haven|den|fiefdom|headquarters)$/;
const REMOVE = /^(expel|expels|expelled|expelling|oust|ousts|ousted|ousting|withdraw|withdraws|withdrew|withdrawn|withdrawing|evict|evicted|evicting|remove|removed|removing)$/;
const LAUNCH = /^(launched|launches|launch|launching|fired|fires|fire|firing|flew|flown|flying|took off|operated|operating)$/;
const isPlace = (s?: Slot) => !!s && s.entity.type === 'Location';
const isActor = (s?: Slot) => !!s && ACTORS.has(s.entity.type);

/**
 * Where groups are, from constructions without a base verb:
 *  - "the Lake Chad area is a stronghold of ISWAP", "Idlib, HTS's stronghold";
 *  - "ISPK's Balochistan coordinator", "the TTP's Swat chief": a place in a role;
 *  - "expelling American troops from Iraq", "withdraw its forces from Mali";
 *  - "drones launched an airstrike from the Ali Al-Salem Air Base": where an attack came from;
 *  - "a TTP commander told Reuters from Kunar": where a group's man speaks from.
 */
export function placeClaims(view: DocView): RawClaim[] {
  return [...strongholds(view), ...placesInRoles(view), ...removedFrom(view), ...launchedFrom(view), ...spokeFrom(view)];
}

function strongholds(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!PLACE_NOUNS.test(tokens[k].norm)) continue;
    // "PLACE is (now) a (key) stronghold of X"
    const of = tokens[k + 1]?.norm === 'of' ? view.slotAt(tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2) : undefined;
    if (!of || !isActor(of)) continue;
    let j = k - 1;
    const copula = (w: string) => BE.has(w) || /^(remains|remained|remain|became|becomes|become)$/.test(w);
    while (j > 0 && tokens[j].kind === 'word' && !tokens[j].upper && !copula(tokens[j].norm) && k - j < 4) j--;
    if (!copula(tokens[j]?.norm ?? '')) continue;
    // "The wider Lake Chad area is ...": the place, over a place noun after it.
    let p = j - 1;
    while (p > 0 && j - p < 3 && !view.slotAt(p) && tokens[p].kind === 'word' && !tokens[p].upper) p--;
    const place = [view.slotAt(p)].find(isPlace) ?? subjectBefore(view, j)?.slots.find(isPlace);
    if (place) out.push({ subject: of, object: place, predicate: 'BASED_IN', trigger: [k, k + 1], rule: `place/${tokens[k].norm}-of`, strength: 0.7, extent: [place.first, of.last] });
  }
  return out;
}

function placesInRoles(view: DocView): RawClaim[] {
  const { doc, tokens } = view;
  const out: RawClaim[] = [];
  for (const r of doc.roles) {
    const org = view.slots.find((s) => s.entity.id === r.org && view.doc.tokens[s.first].start >= r.start && view.doc.tokens[s.last - 1].end <= r.end);
    if (!org || org.entity.type === 'Location') continue;
    // "ISPK's Balochistan coordinator": the place right after the possessive, before the role word.
    const k = /^('s|')$/.test(tokens[org.last]?.norm ?? '') ? org.last + 1 : org.last;
    const place = view.slotAt(k);
    if (!isPlace(place) || tokens[place!.last]?.kind !== 'word' || tokens[place!.last].upper) continue;
    out.push({ subject: org, object: place!, predicate: 'BASED_IN', trigger: [place!.first, place!.last + 1], rule: 'place/in-role', strength: 0.6, naming: true });
  }
  return out;
}

function removedFrom(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!REMOVE.test(tokens[k].norm)) continue;
    const s = view.sentence(k);
    // "expelling American troops from Iraq": the object, then "from" a place.
    let j = k + 1;
    while (j < s.last && j - k < 5 && !view.slotAt(j) && tokens[j].kind === 'word' && !tokens[j].upper) j++;
    const who = view.slotAt(j);
    if (!isActor(who)) continue;
    const from = objectAfterPreposition(view, who!.last, ['from', 'out'], 3);
    const place = from?.slots.find(isPlace) ?? from?.slots.find((x) => x.entity.kbId?.length === 2);
    if (place) out.push({ subject: who!, object: place, predicate: 'BASED_IN', trigger: [k, k + 1], rule: 'place/removed-from', strength: 0.6, extent: [k, place.last] });
  }
  return out;
}

function launchedFrom(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // "X, who was flown from Abha": carried, not launching.
    if (!LAUNCH.test(tokens[k].norm) || BE.has(tokens[k - 1]?.norm ?? '')) continue;
    const subject = subjectBefore(view, k)?.slots.find(isActor);
    if (!subject) continue;
    // "launched an airstrike from the Ali Al-Salem Air Base in Kuwait", "fired rockets from southern Lebanon"
    const from = objectAfterPreposition(view, k + 1, ['from'], 5);
    const place = from?.slots[0];
    if (place && (isPlace(place) || place.entity.kbId?.length === 2) && place.entity.id !== subject.entity.id) {
      out.push({ subject, object: place, predicate: 'BASED_IN', trigger: [k, k + 1], rule: 'place/launched-from', strength: 0.55, extent: [subject.first, place.last] });
    }
  }
  return out;
}

const SPOKE = /^(told|said|says|spoke|speaking|talking|wrote|posted|called)$/;
const SPOKESMEN = /^(commander|commanders|spokesman|spokesperson|leader|official|officials|member|members|fighter|fighters|militant|militants|emir|chief)$/;

/**
 * "a TTP commander told Reuters from Afghanistan's Kunar province": a group's
 * own man speaking from a place shows the group is there (and in the country
 * the place belongs to, when named with it).
 */
function spokeFrom(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 2; k < tokens.length; k++) {
    if (!SPOKE.test(tokens[k].norm) || tokens[k].upper) continue;
    const man = tokens[k - 1];
    const group = view.slotAt(k - 2);
    if (!SPOKESMEN.test(man.norm) || !group || group.entity.type !== 'ArmedGroup') continue;
    const s = view.sentence(k);
    // "told Reuters from", "said by phone from", "speaking from": a few words at most.
    let j = k + 1;
    while (j < s.last && j - k <= 4 && tokens[j].norm !== 'from' && tokens[j].text !== ',') j++;
    if (tokens[j]?.norm !== 'from') continue;
    const at = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
    const first = view.slotAt(at);
    if (!isPlace(first) && !(first && first.entity.type === 'StateBody' && tokens[first.last]?.norm === "'s")) continue;
    const places = [first!];
    // "Afghanistan's Kunar province": the province, and the country that owns it.
    if (tokens[first!.last]?.norm === "'s" && isPlace(view.slotAt(first!.last + 1))) places.push(view.slotAt(first!.last + 1)!);
    for (const p of places) out.push({ subject: group, object: p, predicate: 'BASED_IN', trigger: [k, j + 1], rule: 'place/spoke-from', strength: 0.5, extent: [group.first, p.last] });
  }
  return out;
}
