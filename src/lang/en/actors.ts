import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const LISTS = ['memberNouns', 'facilityNouns', 'unitNouns', 'leaderParticiples', 'placeNouns', 'quantityNouns', 'aliasVerbs', 'ownerVerbs', 'ownerAdjectives', 'incidentNouns', 'resultVerbs', 'casualtyNouns', 'targetCases', 'copulaVerbs', 'responsibilityWords', 'jointNouns', 'topicRoles', 'stateOffices'] as const;

/** Words through which a phrase stands for a named actor (actors.json): one set per list. */
export type ActorWords = Record<(typeof LISTS)[number], Set<string>> & {
  /** A word of a role naming a body of the state, with the knowledge-base kinds of that body ("army chief": army, armed forces). */
  roleBodies: Map<string, string[]>;
};

let data: ActorWords | undefined;

export function actorWords(): ActorWords {
  if (!data) {
    const raw = require('./actors.json') as Record<string, unknown>;
    const out = {} as ActorWords;
    for (const key of LISTS) {
      const list = raw[key];
      // A missing list is a broken data file, not an empty one: say which.
      if (!Array.isArray(list)) throw new Error(`src/lang/en/actors.json: "${key}" must be a list of words`);
      out[key] = new Set(list as string[]);
    }
    const bodies = raw.roleBodies;
    if (!bodies || typeof bodies !== 'object') throw new Error('src/lang/en/actors.json: "roleBodies" must map role words to body kinds');
    out.roleBodies = new Map(Object.entries(bodies as Record<string, string[]>));
    data = out;
  }
  return data;
}
