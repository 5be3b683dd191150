import { armedUnits } from './passes/armed-units.js';
import { build } from './passes/build.js';
import { countryBody } from './passes/country-body.js';
import { definitions } from './passes/definitions.js';
import { demonymAliases } from './passes/demonym-aliases.js';
import { discoverNames } from './passes/discover-names.js';
import { events } from './passes/events.js';
import { facilities } from './passes/facilities.js';
import { fullNames } from './passes/full-names.js';
import { genericBodies } from './passes/generic-bodies.js';
import { genericPhrases } from './passes/generic-phrases.js';
import { implicitAcronyms } from './passes/implicit-acronyms.js';
import { kbNames } from './passes/kb-names.js';
import { knowledge } from './passes/knowledge.js';
import { listTypes } from './passes/list-types.js';
import { nicknames } from './passes/nicknames.js';
import { numberedUnits } from './passes/numbered-units.js';
import { placeForms } from './passes/place-forms.js';
import { placeGroups } from './passes/place-groups.js';
import { platforms } from './passes/platforms.js';
import { references } from './passes/references.js';
import { roles } from './passes/roles.js';
import { shortNames } from './passes/short-names.js';
import { titledWorks } from './passes/titled-works.js';
import { titles } from './passes/titles.js';
import { types } from './passes/types.js';
import type { EntityPass } from './state.js';

/**
 * The entity stage, in order. Why this order:
 *
 * Recognition (candidates over the tokens)
 *  1. kb-names          known names first, so discovery splits runs around them ("US President X").
 *  2. discover-names    capitalised runs split into known names, titles and unknown names.
 *  2b. full-names       a given name before a known person's surname joins it ("Ziad al-Nakhalah"): the split just made.
 *  3. generic-phrases   "security forces", "government troops": only where no name covers the words.
 *  4. titled-works      a quoted report title swallows the names inside it...
 *  5. events            ...and so does an incident's name, unless they are actors.
 *  5b. facilities      "Beirut airport", "Hmeimim air base": a facility is a place of its own, after events took theirs.
 *  6. nicknames         'X “El Y” Z' needs the three pieces discovery made.
 *  7. numbered-units    sorts the candidates into text order (definitions read neighbours), splits "Battalions 379 and 541".
 *  8. definitions       "(ISPK)", ", or AA,": every candidate now exists, so the union that groups them starts here.
 *  9. roles             "TTP commander X": before resolution, so that a title's office is still a candidate.
 * Resolution (which entry, which type)
 * 10. knowledge         one knowledge-base entry per candidate: shared names by country and region, metonyms by role, demonyms.
 * 10b. platforms        "on Telegram", "on X": a platform is set aside once resolved (added back after claims: no claim, no antecedent).
 * 11. generic-bodies    needs the document's countries (from knowledge) to say whose army "the Army" is.
 * 12. types             unknown names typed by their words and neighbours, after known ones are settled.
 * 13. list-types        a list with one place makes the others places: needs the types.
 * 14. armed-units       "the 47th Brigade of <an armed group>": needs the whole's type.
 * 15. country-body      "US Central Intelligence Agency": a country glued to its own body, once both are resolved.
 * 16. place-forms       "Kunar province" and "Kunar": alias forms of places, needs types.
 * 17. place-groups      "the Kenscoff militias": a place that heads a group noun, needs places typed.
 * Grouping
 * 18. short-names       surnames and shorter organisation names join the one full name that holds them (types needed).
 * 19. implicit-acronyms "BGP" for "Border Guard Police": after the full names are typed.
 * 20. titles            "the Field Marshal" joins the person introduced with that title: persons typed first.
 * 21. build             groups into entities, mentions and role links.
 * 22. demonym-aliases   "Israeli" an alias of Israel: needs the built entities, and the country named.
 * References (over built entities)
 * 23. references        pronouns and descriptions resolved against the entities' mentions.
 */
export const ENTITY_PASSES: readonly EntityPass[] = [
  kbNames, discoverNames, fullNames, genericPhrases, titledWorks, events, facilities, nicknames, numberedUnits, definitions, roles,
  knowledge, platforms, genericBodies, types, listTypes, armedUnits, countryBody, placeForms, placeGroups,
  shortNames, implicitAcronyms, titles, build, demonymAliases,
  references,
];
