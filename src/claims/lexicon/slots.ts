import type { Path } from '../args/paths.js';

// UD relation subtypes: "nmod:poss" is a relation; "nmod:on" is nmod with the case word "on".
const SUBTYPES = new Set(['poss', 'agent', 'pass', 'tmod', 'npmod', 'relcl', 'prt', 'unmarked', 'outer', 'desc', 'unmarked']);

/** A lexicon slot ("obj", "obl:against", "nmod:on", "nmod:poss") as a dependency path step. */
const paths = new Map<string, Path>();

export function slotPath(slot: string): Path {
  let path = paths.get(slot);
  if (path === undefined) paths.set(slot, (path = readSlot(slot)));
  return path;
}

function readSlot(slot: string): Path {
  // A lone nominal object the parser labelled "iobj" ("urged Pakistan | to act") is the object.
  if (slot === 'obj') return 'obj|iobj';
  const [rel, sub] = slot.split(':');
  if (!sub || SUBTYPES.has(sub)) return slot;
  // The parser may hang a prepositional phrase on the verb or on the noun before it: accept both.
  const rels = rel === 'obl' || rel === 'nmod' ? 'obl|nmod' : rel;
  return `${rels}>${sub.replace(/_/g, ' ')}`;
}
