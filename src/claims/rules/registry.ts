import { MODIFIER_RULES } from './modifiers.js';
import { NOUN_RULES } from './nouns.js';
import { PRESENCE_RULES } from './presence.js';
import { RELATION_RULES } from './relations.js';
import { STRUCTURE_RULES } from './structure.js';
import type { ClaimRule } from './types.js';
import { VERB_RULES } from './verbs.js';

/** Every claim rule, in one registry: the spec runner checks each one's examples. */
export const RULES: readonly ClaimRule[] = [...VERB_RULES, ...NOUN_RULES, ...RELATION_RULES, ...MODIFIER_RULES, ...PRESENCE_RULES, ...STRUCTURE_RULES];
