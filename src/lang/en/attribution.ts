import { createRequire } from 'node:module';
import type { Modality } from '../../core/index.js';

const require = createRequire(import.meta.url);

/** Words that frame, deny, hedge or negate a claim (attribution.json). */
export interface AttributionWords {
  speechVerbs: Map<string, Modality>;
  denialVerbs: Set<string>;
  refusalVerbs: Set<string>;
  negations: Set<string>;
  hedges: Map<string, Modality>;
  accordingTo: Set<string>;
  lightVerbs: Set<string>;
  intentVerbs: Set<string>;
  participationVerbs: Set<string>;
  responseVerbs: Set<string>;
  claimNouns: Set<string>;
  requestVerbs: Set<string>;
  requestNouns: Set<string>;
  statementNouns: Set<string>;
  describingVerbs: Set<string>;
}

let data: AttributionWords | undefined;

export function attributionWords(): AttributionWords {
  if (!data) {
    const raw = require('./attribution.json') as { speechVerbs: Record<string, Modality>; denialVerbs: string[]; refusalVerbs: string[]; negations: string[]; hedges: Record<string, Modality>; accordingTo: string[]; lightVerbs: string[]; intentVerbs: string[]; participationVerbs: string[]; responseVerbs: string[]; claimNouns: string[]; requestVerbs: string[]; requestNouns: string[]; statementNouns: string[]; describingVerbs: string[] };
    data = {
      speechVerbs: new Map(Object.entries(raw.speechVerbs)),
      denialVerbs: new Set(raw.denialVerbs),
      refusalVerbs: new Set(raw.refusalVerbs),
      negations: new Set(raw.negations),
      hedges: new Map(Object.entries(raw.hedges)),
      accordingTo: new Set(raw.accordingTo),
      lightVerbs: new Set(raw.lightVerbs),
      intentVerbs: new Set(raw.intentVerbs),
      participationVerbs: new Set(raw.participationVerbs),
      responseVerbs: new Set(raw.responseVerbs),
      claimNouns: new Set(raw.claimNouns),
      requestVerbs: new Set(raw.requestVerbs),
      requestNouns: new Set(raw.requestNouns),
      statementNouns: new Set(raw.statementNouns),
      describingVerbs: new Set(raw.describingVerbs),
    };
  }
  return data;
}
