/**
 * Word lists that drive discovery and typing. Lower case; matched on token
 * norms. Kept here, apart from the code, so that one file says what words
 * nexus treats as cues.
 */
const set = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')));

/** Titles, ranks and honorifics written before a person's name (single words). */
export const TITLE_WORDS = set(`
  president vice prime minister secretary chancellor premier governor mayor senator congressman congresswoman
  ambassador envoy commissioner director chief head commander general lieutenant colonel major captain brigadier
  admiral marshal sergeant corporal private lt col maj gen brig capt sgt adm cdr cmdr cpl gov sen rep
  sheikh shaikh sheik dr doctor mr mrs ms miss sir lord dame maulawi maulvi molvi maulana mullah mufti qari hafiz haji hajji
  imam emir amir ayatollah sayyid pastor father bishop cardinal pope king queen prince princess crown sultan
  inspector superintendent deputy assistant acting former late retired retd spokesman spokeswoman spokesperson
  judge justice attorney prosecutor counsel professor prof officer chairman chairperson chairwoman founder leader
  dig igp sp ssp dsp asp dpo aig ig dgisi
  mawlawi moulvi mawlana sepoy naik havildar subedar risaldar jemadar malam mallam alhaji alhaja
`);

/** Multi-word titles read as one ("Field Marshal", "Lt Gen"). Token norms joined by a space. */
export const TITLE_PHRASES = set(`
  field_marshal lt_gen lt._gen. lt._gen lieutenant_general maj._gen. maj_gen major_general brig._gen. brig_gen brigadier_general
  air_marshal air_chief_marshal vice_admiral rear_admiral director_general inspector_general deputy_inspector_general
  attorney_general secretary_of_state secretary_general prime_minister foreign_minister defence_minister defense_minister
  interior_minister home_minister finance_minister information_minister chief_minister chief_of_staff
  executive_director managing_director national_security_adviser national_security_advisor
  lance_naik naib_subedar lance_corporal lance_havildar
`);

/** Nouns naming a role in an organisation ("the group's commander", "TTP spokesman X"). */
export const ROLE_NOUNS = set(`
  chief leader commander spokesman spokeswoman spokesperson coordinator chairman chairperson chairwoman head founder emir amir
  deputy member members militant militants fighter fighters operative operatives official officials minister governor adviser advisor
  representative director analyst expert officer officers soldier soldiers commanders leaders cadre cadres
  operative secretary president envoy ambassador negotiator mediator boss kingpin lieutenant general colonel major captain
  ideologue recruiter financier treasurer strategist militiaman insurgent insurgents rebel rebels gunman gunmen jihadist jihadists
  aide associate loyalist loyalists supporter supporters activist activists journalist correspondent reporter researcher
  counterpart counterparts negotiator delegate emissary commissioner prosecutor
`);

/** Head words that make a name an armed group. */
export const ARMED_CUES = set(`
  lashkar laskar jaish tehreek tehrik tahreek harakat harkat hizb hezb hizbul ansar ansaru ansarul jabhat jamaat jamaat-ud katiba katibat
  kataib kata'ib saraya liwa militia militias legion rebels mujahideen mujahidin taliban cartel cartels gang gangs mafia
  brigades insurgents emirate caliphate wilayat mawozo guerrillas guerrilla commandos maquis vigilantes
`);

/** Head words that make a name a state body (an army unit, a ministry, a police force). */
export const STATE_CUES = set(`
  ministry department police army navy forces force battalion battalions brigade regiment division corps command guard guards
  agency council commission parliament senate assembly government presidency directorate bureau intelligence service services
  rangers constabulary gendarmerie cabinet office cavalry infantry artillery marines squadron company platoon unit units
  administration secretariat judiciary court tribunal prosecutor prosecution
`);

/** Head words that make a name some other organisation. */
export const ORG_CUES = set(`
  movement party network organisation organization foundation institute center centre group project association union
  committee society federation league alliance coalition front news times post tribune media tv television radio press daily
  journal herald observer monitor watch international bank university college company corporation inc ltd trust fund
  broadcasting broadcaster channel magazine gazette chronicle express dispatch review agency report reporter newspaper digital online
`);

/** Head words that make a name a place. */
export const PLACE_CUES = set(`
  district province valley region state city town village villages township county governorate municipality prefecture oblast
  area areas border mountains mountain hills hill river lake mount sea strait channel gulf bay island islands peninsula desert
  corridor airport base camp square street road bridge crossing pass plateau delta forest strip bank coast heights sector
  neighbourhood neighborhood suburb quarter camp camps territory territories zone frontier agency tehsil
`);

/** Nouns that make a phrase an event ("the 2014 Army School Peshawar attack"). */
export const EVENT_NOUNS = set(`
  attack attacks bombing bombings massacre raid raids assault strike strikes ambush siege war offensive operation incursion
  uprising coup shooting blast explosion incident clashes battle conference summit pilgrimage festival election elections
  killings killing assassination hijacking kidnapping invasion insurgency protest protests riots crackdown ceasefire truce
  faceoff standoff stand-off
`);

/** Nouns that make a phrase a publication cited as a source. */
export const PUBLICATION_NOUNS = set(`
  report video statement post tweet article study book communique communiqué audio message letter dossier white paper
  assessment bulletin broadcast interview documentary podcast
`);

/** Lower-case words that may sit inside a name between capitalised words. */
export const CONNECTORS = set(`
  of the and & de del della da do dos das du des la le les el al ad ud ul ur un bin ibn bint ben bou abu van von der den e i y al- e- i- of-
`);

/** Words after which a capitalised phrase is a place. */
export const PLACE_PREPOSITIONS = set(`
  in at near from into across outside inside towards toward to through throughout around along within via between
`);

export const MONTHS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Capitalised words that are not names on their own. */
export const NOT_NAMES = set(`
  i i'm i've i'd we you he she it they the a an this that these those there here his her its their our my your
  god allah
  monday tuesday wednesday thursday friday saturday sunday
`);

/** Closed-class words: a capitalised name followed by one of these is not the subject of a verb there. */
export const FUNCTION_WORDS = set(`
  a an the this that these those and or nor but if then than as of in on at by for with from to into onto upon over under
  about above below between among through during before after since until while within without against toward towards
  across along around behind beyond near inside outside via per amid amidst despite throughout
  is are was were be been being am it its he she they them his her their we our you your i me my who whom whose which what
  where when why how not no yes so also too very just only even still yet all any some each every both either neither
`);
