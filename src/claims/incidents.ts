import { objectFrom } from './arguments.js';
import { DO_ACT, UNDERGO, governingVerb } from './noun-phrase.js';
import type { RawClaim } from './raw.js';
import { tokenAt, type DocView, type Slot } from './view.js';
import { victimsAfter } from './victims.js';

/**
 * Named incidents (events) and who did them: "X was involved in the 2021
 * attack on US troops", "X was behind the Westgate mall attack". The doer
 * attacked the incident and the target its name holds ("on US troops"), and
 * the victims its clause names ("... which killed 40 CRPF personnel").
 */
export function incidentClaims(view: DocView): RawClaim[] {
  const out: RawClaim[] = [];
  for (const event of view.slots) {
    if (event.entity.type !== 'Event') continue;
    // "an attack on October 12 by TTP and Taliban forces": the incident's joint authors fight on one side.
    if (view.tokens[event.last]?.norm === 'by') {
      const authors = objectFrom(view, event.last + 1, 4).filter((x) => x.entity.type !== 'Person' && x.entity.type !== 'Location');
      for (let i = 1; i < authors.length; i++) out.push({ subject: authors[0], object: authors[i], predicate: 'ALLY_OF', trigger: [event.first, event.last + 1], rule: 'incident/joint-authors', strength: 0.55, extent: [event.first, authors[i].last] });
    }
    const gov = governingVerb(view, event.first);
    if (!gov) continue;
    const verb = view.tokens[gov.verb].norm;
    // "Pakistan responded to the October 12 attack by TTP and Taliban forces": the authors attacked the one who responded.
    if (UNDERGO.has(verb) && view.tokens[event.last]?.norm === 'by') {
      const authors = objectFrom(view, event.last + 1, 4).filter((x) => x.entity.type !== 'Person' && x.entity.type !== 'Location');
      for (const a of authors) for (const victim of gov.subject) {
        if (a.entity.id !== victim.entity.id) out.push({ subject: a, object: victim, predicate: 'ATTACKED', trigger: [event.first, event.last + 1], rule: `incident/${verb}-to`, strength: 0.6, extent: [victim.first, a.last] });
      }
    }
    if (UNDERGO.has(verb) || !DO_ACT.has(verb)) continue;
    const targets = [...innerTargets(view, event), ...victimsAfter(view, event.last)];
    for (const doer of gov.subject) {
      // The incident itself is the object only when its name holds no target: the target is what analysts follow.
      if (!targets.length) out.push({ subject: doer, object: event, predicate: 'ATTACKED', trigger: [gov.verb, gov.verb + 1], rule: `incident/${verb}`, strength: 0.65, extent: [doer.first, event.last] });
      for (const t of targets) out.push({ subject: doer, object: t, predicate: 'ATTACKED', trigger: [gov.verb, gov.verb + 1], rule: `incident/${verb}/target`, strength: 0.6, extent: [doer.first, Math.max(event.last, t.last)] });
    }
  }
  return out;
}

/** Actors named inside an incident's name after "on" or "against" ("the 2021 attack on US troops at Kabul airport"). */
function innerTargets(view: DocView, event: Slot): Slot[] {
  const { doc, tokens } = view;
  const out: Slot[] = [];
  let after = -1;
  for (let k = event.first; k < event.last; k++) if (/^(on|against)$/.test(tokens[k].norm)) { after = tokens[k].end; break; }
  if (after < 0) return out;
  for (const m of doc.mentions) {
    if (m.start < after || m.end > tokens[event.last - 1].end || m.entity === event.entity.id) continue;
    const entity = view.entity(m.entity);
    if (!entity || entity.type === 'Location' || entity.type === 'Event') continue;
    const first = tokenAt(tokens, m.start);
    let last = first;
    while (last < tokens.length && tokens[last].start < m.end) last++;
    out.push({ first, last, entity, mention: m });
  }
  return out;
}
