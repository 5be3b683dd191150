/**
 * The conflict regions a knowledge-base entry belongs to (kb/schema.json
 * `$defs.region`, described in kb/CONVENTIONS.md). Two entries that share a
 * name (Somalia's al-Shabaab, the Cabo Delgado insurgents locals call
 * al-Shabaab) differ by region, so a document's region can pick one.
 */
export const KB_REGIONS = [
  'sahel', 'lake-chad', 'west-africa', 'north-africa', 'horn-of-africa', 'great-lakes', 'central-africa', 'southern-africa',
  'levant', 'iraq', 'arabian-peninsula', 'iran', 'caucasus', 'central-asia', 'af-pak', 'south-asia', 'india-northeast',
  'myanmar', 'southeast-asia', 'east-asia', 'europe', 'russia-ukraine', 'north-america', 'central-america', 'caribbean',
  'south-america', 'oceania', 'global',
] as const;

export type KbRegion = (typeof KB_REGIONS)[number];
