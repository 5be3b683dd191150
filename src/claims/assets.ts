import { objectFrom, subjectBefore } from './arguments.js';
import type { RawClaim } from './raw.js';
import type { DocView } from './view.js';

const TAKE = /^(seized|seize|seizes|seizing|froze|freeze|freezes|freezing|frozen|confiscated|confiscate|confiscates|confiscating|sealed|seal|seals|sealing|impounded|impound|impounds|attached|blocked|block|blocks|shut|shuttered|closed|demolished|raided)$/;
const ASSETS = /^(properties|property|assets|accounts|funds|offices|office|premises|headquarters|madrassas|madrasas|seminaries|schools|hospitals|ambulances|businesses|companies|bank|vehicles|websites|channels)$/;
const GROUPS = new Set(['ArmedGroup', 'Organization']);

/**
 * "The government seized properties belonging to Jamaat-ud-Dawa", "the
 * Treasury froze the assets of Hezbollah": a state acting against a group's
 * assets is hostile to the group.
 */
export function assetClaims(view: DocView): RawClaim[] {
  const { tokens } = view;
  const out: RawClaim[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (!TAKE.test(tokens[k].norm) || tokens[k].upper || view.slotAt(k)) continue;
    const s = view.sentence(k);
    // "seized (the) (bank) properties/assets", a few words at most.
    let j = k + 1;
    while (j < s.last && j - k <= 4 && !ASSETS.test(tokens[j].norm) && tokens[j].kind === 'word' && !tokens[j].upper && !view.slotAt(j)) j++;
    if (!ASSETS.test(tokens[j]?.norm ?? '')) continue;
    while (j + 1 < s.last && ASSETS.test(tokens[j + 1].norm)) j++;
    // "belonging to X", "of X", "owned by X", "run by X", "linked to X"
    let o = j + 1;
    if (/^(belonging|linked|tied|affiliated)$/.test(tokens[o]?.norm ?? '') && /^(to|with)$/.test(tokens[o + 1]?.norm ?? '')) o += 2;
    else if (/^(owned|run|operated|used|controlled)$/.test(tokens[o]?.norm ?? '') && tokens[o + 1]?.norm === 'by') o += 2;
    else if (tokens[o]?.norm === 'of') o += 1;
    else continue;
    const owners = objectFrom(view, o, 6).filter((x) => GROUPS.has(x.entity.type));
    // A state or its body (a country the entities stage read as a place still acts here).
    const subject = subjectBefore(view, k)?.slots.filter((x) => x.entity.type === 'StateBody' || /^[a-z]{2}$/.test(x.entity.kbId ?? '')) ?? [];
    // "Jamaat-ud-Dawa and its charity arm Falah-e-Insaniyat": the arm's assets too.
    const last = owners[owners.length - 1];
    if (last && /^(and|or)$/.test(tokens[last.last]?.norm ?? '') && tokens[last.last + 1]?.norm === 'its') {
      const arm = objectFrom(view, last.last + 2, 4).find((x) => GROUPS.has(x.entity.type));
      if (arm) owners.push(arm);
    }
    for (const x of subject) for (const y of owners) out.push({ subject: x, object: y, predicate: 'HOSTILE_TO', trigger: [k, j + 1], rule: 'asset/seized', strength: 0.6, extent: [x.first, y.last] });
  }
  return out;
}
