/** Irregular verb forms: base -> [past, past participle]. */
const IRREGULAR: Record<string, [string, string]> = {
  give: ['gave', 'given'], take: ['took', 'taken'], hold: ['held', 'held'], lead: ['led', 'led'], fight: ['fought', 'fought'],
  shoot: ['shot', 'shot'], strike: ['struck', 'struck'], hit: ['hit', 'hit'], meet: ['met', 'met'], send: ['sent', 'sent'],
  pay: ['paid', 'paid'], seek: ['sought', 'sought'], bring: ['brought', 'brought'], make: ['made', 'made'], set: ['set', 'set'],
  put: ['put', 'put'], let: ['let', 'let'], win: ['won', 'won'], break: ['broke', 'broken'], hide: ['hid', 'hidden'],
  swear: ['swore', 'sworn'], throw: ['threw', 'thrown'], overrun: ['overran', 'overrun'], withdraw: ['withdrew', 'withdrawn'],
  forbid: ['forbade', 'forbidden'], wage: ['waged', 'waged'], slay: ['slew', 'slain'], beat: ['beat', 'beaten'], shelter: ['sheltered', 'sheltered'],
  begin: ['began', 'begun'], tell: ['told', 'told'], say: ['said', 'said'], keep: ['kept', 'kept'], feed: ['fed', 'fed'],
  bind: ['bound', 'bound'], buy: ['bought', 'bought'], sell: ['sold', 'sold'], lend: ['lent', 'lent'], spend: ['spent', 'spent'],
  undertake: ['undertook', 'undertaken'], arise: ['arose', 'arisen'], drive: ['drove', 'driven'], ride: ['rode', 'ridden'],
  stand: ['stood', 'stood'], seize: ['seized', 'seized'], 'shoot down': ['shot down', 'shot down'], blow: ['blew', 'blown'],
};

const VOWEL = /[aeiou]/;

/** Every inflected form of a regular or irregular English verb. */
export function verbForms(base: string): string[] {
  const irregular = IRREGULAR[base];
  const forms = new Set<string>([base, thirdPerson(base), ing(base)]);
  if (irregular) { forms.add(irregular[0]); forms.add(irregular[1]); }
  else forms.add(past(base));
  // British spelling doubles a final l after one vowel: "channelled", "funnelling", "labelled".
  if (/[^aeiou][aeiou]l$/.test(base) && base.length > 4) { forms.add(`${base}led`); forms.add(`${base}ling`); }
  return [...forms];
}

function thirdPerson(v: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

function past(v: string): string {
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (doubles(v)) return `${v}${v[v.length - 1]}ed`;
  return `${v}ed`;
}

function ing(v: string): string {
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (v.endsWith('e') && !v.endsWith('ee')) return `${v.slice(0, -1)}ing`;
  if (doubles(v)) return `${v}${v[v.length - 1]}ing`;
  return `${v}ing`;
}

/** One-syllable consonant-vowel-consonant verbs double the last letter (ban -> banned). */
function doubles(v: string): boolean {
  if (v.length < 3 || /[wxy]$/.test(v)) return false;
  const [a, b, c] = v.slice(-3);
  const syllables = v.match(/[aeiou]+/g)?.length ?? 0;
  return syllables === 1 && !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) || /^(ambush)$/.test(v) === false && /(?:^|[^aeiou])(?:rob|stab|ban|plan|kidnap|abet)$/.test(v);
}

export function pastParticiple(base: string): string {
  return IRREGULAR[base]?.[1] ?? past(base);
}
