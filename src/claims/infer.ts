import type { Claim } from '../core/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { attributionWords } from '../lang/en/index.js';
import { actorsOf } from './args/actors.js';
import { inheritedSubjects } from './args/subjects.js';
import type { Found } from './find.js';
import type { ClaimGraph } from './graph.js';
import type { RuleExample } from './rules/types.js';

/**
 * A claim the text makes by implication, read from the claims the rules
 * found, with examples the spec runner checks like the rules'.
 */
export interface Inference {
  id: string;
  description: string;
  examples: RuleExample[];
}

export interface FoundInference extends Inference {
  fromFound(found: Found[], kb: KnowledgeBase, g: ClaimGraph): Found[];
}

export interface ClaimInference extends Inference {
  fromClaims(claims: Claim[], g: ClaimGraph): Omit<Claim, 'id'>[];
}

const FIGHTING = new Set(['ATTACKED', 'HOSTILE_TO']);
const ALLIANCE_KINDS = new Set(['alliance', 'coalition']);

/** Claims of one trigger, grouped by predicate and object: the actors doing one thing together. */
function together(found: Found[], keep: (f: Found) => boolean): Found[][] {
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    if (!keep(f)) continue;
    const key = `${f.trigger}|${f.predicate}|${f.object.entity.id}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

function pairs(group: Found[], rule: string): Found[] {
  const sides = [...new Map(group.filter((f) => f.subject.entity.type !== 'Person').map((f) => [f.subject.entity.id, f])).values()];
  const out: Found[] = [];
  for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) {
    out.push({ rule, predicate: 'ALLY_OF', subject: sides[i].subject, object: sides[j].subject, trigger: sides[i].trigger });
  }
  return out;
}

export const JOINT_ACTION: FoundInference = {
  id: 'infer/joint-action',
  description: 'actors who attack or fight one target together are on one side ("an attack by the TTP and Taliban forces")',
  fromFound: (found) => together(found, (f) => FIGHTING.has(f.predicate)).flatMap((g) => pairs(g, 'infer/joint-action')),
  examples: [
    { text: 'Hamas and Islamic Jihad fighters attacked the Israeli army.', claims: ['Hamas ALLY_OF Islamic Jihad'] },
    { text: 'Hamas fighters attacked the Israeli army.', claims: [] },
  ],
};

export const CO_MEMBERS: FoundInference = {
  id: 'infer/co-members',
  description: 'members of one alliance or coalition are allies ("the US and Canada are part of NATO")',
  fromFound: (found, kb) => together(found, (f) => f.predicate === 'MEMBER_OF' && ALLIANCE_KINDS.has((f.object.entity.kbId ? kb.get(f.object.entity.kbId)?.kind : undefined) ?? '')).flatMap((g) => pairs(g, 'infer/co-members')),
  examples: [
    { text: 'Kenya and Uganda are members of the African Union.', claims: [] },
    { text: 'Spain and Italy are members of NATO, the alliance said.', claims: ['Spain ALLY_OF Italy'] },
  ],
};

const SPONSORSHIP = new Set(['SUPPORTS', 'FUNDS', 'PROXY_OF']);
const ACTORS = new Set(['Person', 'Organization', 'ArmedGroup', 'Publication']);

export const SPONSORSHIP_ACCUSATION: ClaimInference = {
  id: 'infer/sponsorship-accusation',
  description: 'a named source who says a state backs, funds or fronts for an armed group accuses that state (the same quote, reported by the author)',
  fromClaims: (claims, g) => {
    const byId = g.entities;
    const out: Omit<Claim, 'id'>[] = [];
    const seen = new Set(claims.filter((c) => c.predicate === 'ACCUSED').map((c) => `${c.subject}|${c.object}`));
    for (const c of claims) {
      const source = byId.get(c.attributedTo), state = byId.get(c.subject), group = byId.get(c.object);
      if (!SPONSORSHIP.has(c.predicate) || c.polarity !== 'positive' || !source || !ACTORS.has(source.type)) continue;
      // The backed group telling of its backers boasts rather than accuses.
      if (state?.type !== 'StateBody' || group?.type !== 'ArmedGroup' || c.attributedTo === c.object || c.attributedTo === c.subject) continue;
      const key = `${source.id}|${state.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...c, subject: source.id, predicate: 'ACCUSED', object: state.id, polarity: 'positive', modality: 'asserted', attributedTo: 'author', chain: ['author'], rule: 'infer/sponsorship-accusation', confidence: 0.55 });
    }
    return out;
  },
  examples: [
    { text: 'The commander Ahmed Ali said Iran had armed the Houthis.', claims: ['Ahmed Ali ACCUSED Iran'] },
    { text: 'Iran armed the Houthis.', claims: [] },
  ],
};

/**
 * A denial of what was said before ("Kinshasa accuses Kigali of arming M23.
 * Kigali denies it."): the claims about the denier that another source made
 * in this sentence or the two before stand again, negative, in the denier's
 * own words. Needs the parse: the denial verb, its subject and its object
 * (a pronoun or a word for a claim, not a clause of its own).
 */
export const DENIAL_OF_PRIOR: ClaimInference = {
  id: 'infer/denial',
  description: 'a source that denies what another said of it ("X accuses Y of Z. Y denies it."): the claim stands again, negative, in its words',
  fromClaims: (claims, g) => {
    const words = attributionWords();
    const out: Omit<Claim, 'id'>[] = [];
    for (let i = 0; i < g.words.length; i++) {
      if (!words.denialVerbs.has(g.lemma(i)) || g.words[i].upos !== 'VERB' || g.tree.child(i, 'ccomp') >= 0 || g.tree.child(i, 'xcomp') >= 0) continue;
      const obj = g.tree.children(i, 'obj');
      if (obj.length && !obj.some((o) => g.words[o].upos === 'PRON' || words.claimNouns.has(g.lemma(o)))) continue;
      const deniers = inheritedSubjects(g, i).flatMap((s) => actorsOf(g, s));
      const sentence = g.words[i].sentence;
      for (const denier of deniers) {
        for (const c of claims) {
          const at = g.doc.sentences.findIndex((s) => s.start <= c.evidence[0].start && c.evidence[0].start < s.end);
          // What another source said (not the author's own account) is what a denial answers.
          if (c.subject !== denier.entity.id || c.polarity !== 'positive' || c.attributedTo === 'author' || c.attributedTo === denier.entity.id || at < sentence - 2 || at > sentence) continue;
          const w = g.words[i];
          out.push({ ...c, polarity: 'negative', attributedTo: denier.entity.id, chain: ['author', denier.entity.id], modality: 'reported', rule: 'infer/denial', evidence: [...c.evidence, { start: w.start, end: w.end, text: w.form }] });
        }
      }
    }
    return out;
  },
  examples: [
    { text: 'Kinshasa accuses Kigali of arming the M23 rebels. Kigali denies it.', claims: ['not Rwanda SUPPORTS March 23 Movement'] },
    { text: 'Kinshasa accuses Kigali of arming the M23 rebels. Kigali denies that it trades gold.', claims: [] },
  ],
};

const SIDING = new Set(['SUPPORTS', 'ALLY_OF', 'FUNDS']);

export const COMMON_ENEMY: FoundInference = {
  id: 'infer/common-enemy',
  description: 'support or alliance "against" someone puts both sides against them ("US troops supported the SDF against the Islamic State")',
  fromFound: (found, kb, g) => {
    void kb;
    const out: Found[] = [];
    const seen = new Set<string>();
    for (const f of found) {
      if (!SIDING.has(f.predicate)) continue;
      const at = [f.trigger, ...g.tree.children(f.trigger, 'obj')];
      const enemies = at.flatMap((w) => g.tree.children(w, (r) => r === 'obl' || r === 'nmod')).filter((c) => g.caseOf(c) === 'against').flatMap((c) => actorsOf(g, c, { owners: true }));
      for (const e of enemies) for (const side of [f.subject, f.object]) {
        const key = `${side.entity.id}|${e.entity.id}`;
        if (side.entity.id === e.entity.id || seen.has(key)) continue;
        seen.add(key);
        out.push({ rule: 'infer/common-enemy', predicate: 'HOSTILE_TO', subject: side, object: e, trigger: f.trigger });
      }
    }
    return out;
  },
  examples: [
    { text: 'US troops have supported the SDF against the Islamic State since 2015.', claims: ['United States HOSTILE_TO Islamic State', 'Syrian Democratic Forces HOSTILE_TO Islamic State'] },
    { text: 'US troops have supported the SDF since 2015.', claims: [] },
  ],
};

export const FOUND_INFERENCES: readonly FoundInference[] = [JOINT_ACTION, CO_MEMBERS, COMMON_ENEMY];
export const CLAIM_INFERENCES: readonly ClaimInference[] = [SPONSORSHIP_ACCUSATION, DENIAL_OF_PRIOR];
