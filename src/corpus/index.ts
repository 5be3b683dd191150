export { normalizeName, typeClass, nameKey } from './names.js';
export { entityKeys, entityNames, type EntityKeys, type EntityName } from './keys.js';
export { fingerprint, similarity, shortHash, NEAR_DUPLICATE } from './fingerprint.js';
export { sourceGroups, type DocInfo } from './independence.js';
export { credibility, RELIABILITY, MODALITY_WEIGHT, type GradeOf } from './credibility.js';
export { buildAssertions, assertionId, assertionKey, parseAssertionId, type AssertionInputs } from './assertions.js';
export { findContradictions, timeSpan } from './contradictions.js';
export { dateInterval, dateWithin } from './dates.js';
export { actorGraph, evidencePaths, type EvidencePath } from './path.js';
