import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Nouns through which a phrase stands for a named actor (actors.json). */
export interface ActorWords {
  memberNouns: Set<string>;
  facilityNouns: Set<string>;
  unitNouns: Set<string>;
  leaderParticiples: Set<string>;
  placeNouns: Set<string>;
  quantityNouns: Set<string>;
  aliasVerbs: Set<string>;
}

let data: ActorWords | undefined;

export function actorWords(): ActorWords {
  if (!data) {
    const raw = require('./actors.json') as { memberNouns: string[]; facilityNouns: string[]; unitNouns: string[]; leaderParticiples: string[]; placeNouns: string[]; quantityNouns: string[]; aliasVerbs: string[] };
    data = { memberNouns: new Set(raw.memberNouns), facilityNouns: new Set(raw.facilityNouns), unitNouns: new Set(raw.unitNouns), leaderParticiples: new Set(raw.leaderParticiples), placeNouns: new Set(raw.placeNouns), quantityNouns: new Set(raw.quantityNouns), aliasVerbs: new Set(raw.aliasVerbs) };
  }
  return data;
}
