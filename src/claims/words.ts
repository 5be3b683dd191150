const set = (s: string) => new Set(s.trim().split(/\s+/));

export const AUX = set(`is are was were be been being am has have had having do does did will would shall should can could may might must 's 're 've 'd get got gets`);
export const BE = set(`is are was were be been being am 's 're get got gets`);
export const NEGATION = set(`not n't never no cannot nor`);
export const ADVERBS = set(`also even already still now then reportedly allegedly instead later earlier previously again once further currently
  subsequently outrightly brazenly actually really just only merely formally informally secretly openly jointly reportedly purportedly
  apparently allegedly repeatedly successfully unconditionally promptly indeed thus hence therefore however meanwhile recently initially
  finally eventually long since first last ever yet so too widely rightly constantly largely mostly partly directly indirectly both all each`);
/** Verbs that chain to the trigger ("started providing", "refused to hand over"). */
export const CHAIN = set(`start started starts starting begin began begun begins continue continued continues continuing try tried tries attempt attempted
  attempts seek sought seeks refuse refused refuses refusing fail failed fails decide decided decides agree agreed agrees manage managed
  help helped helps stop stopped vow vowed vows plan planned plans want wanted wants choose chose chosen keep kept keeps cease ceased
  able going used need needs needed intend intended intends threaten threatened threatens pledge pledged pledges promise promised promises
  allow allowed allows continue seem seems seemed appear appears appeared expected likely
  set due about ready willing unable`);
export const DETERMINERS = set(`the a an this that these those its their his her our your some several many more most few all both each every
  any no other another such one two three four five six seven eight nine ten dozens hundreds thousands scores number than at least over
  nearly almost about around up to of then`);
/** Nouns that stand before "of" + the real object ("members of the gang X", "terrorists of TTP"). */
export const PARTITIVES = set(`member members fighter fighters militant militants terrorist terrorists cadre cadres leader leaders commander commanders
  operative operatives remnant remnants suspect suspects element elements personnel soldier soldiers troops officer officers
  unit units faction factions wing activist activists supporter supporters affiliate affiliates part parts section sections
  positions position camp camps base bases convoy convoys headquarters post posts office offices leadership ranks rank family families`);
export const PREPOSITIONS = set(`of in on at by for with from to into onto upon over under about above below between among through during before after
  since until within without against toward towards across along around behind beyond near inside outside via per amid despite throughout`);
export const CLAUSE_WORDS = set(`that which who whom whose while whereas because although though if when whenever where since unless after before
  as so but and or nor yet`);
export const REPORT_VERBS = set(`say said says saying tell told tells telling add added adds state stated states claim claimed claims claiming
  confirm confirmed confirms confirming warn warned warns note noted notes explain explained explains reveal revealed reveals revealing
  disclose disclosed discloses announce announced announces report reported reports reporting allege alleged alleges insist insisted
  insists argue argued argues assert asserted asserts admit admitted admits acknowledge acknowledged acknowledges declare declared declares
  write wrote writes tweet tweeted tweets post posted posts believe believes believed suggest suggested suggests indicate indicated
  indicates show showed shows found find finds conclude concluded concludes estimate estimated estimates mention mentioned mentions mentioning
  deny denied denies reiterate reiterated reiterates quote quoted cite cited citing describe described describes
  accuse accused accuses blame blamed blames charge charged charges`);
export const DENIAL_VERBS = set(`deny denied denies denying dismiss dismissed dismisses reject rejected rejects refute refuted refutes disprove disproving disproved rebut rebutted`);
export const HEDGES = set(`suggest suggests suggested suggesting may might could possibly perhaps likely unlikely probably apparently appear appears appeared
  seem seems seemed believed thought suspected presumably supposedly arguably possible potential`);
export const ALLEGATION = set(`alleged allegedly reportedly purportedly claimed accused suspected`);
export const SOURCE_NOUNS = set(`report reports statement statements video videos study assessment sources source officials official report analysts
  analyst residents resident witnesses witness post tweet documents document communique interview data update bulletin`);

/** Words in -ly that are not adverbs. */
const NOT_ADVERBS = set(`ally rally family italy supply apply reply assembly july holy early daily weekly monthly yearly elderly friendly
  ugly belly bully jelly lily fly sly hilly woolly oily anomaly homily monopoly reply comply multiply imply`);

export function isAdverb(norm: string): boolean {
  return ADVERBS.has(norm) || (norm.length > 4 && norm.endsWith('ly') && !NOT_ADVERBS.has(norm));
}
