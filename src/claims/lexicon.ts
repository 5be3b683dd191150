import { table } from '../core/index.js';
import type { Predicate } from '../core/index.js';

/**
 * How a trigger reaches its object: the next noun phrase ("attacked X"), or
 * through one of the listed prepositions ("declared war on X").
 */
export type ObjectPath = 'direct' | string;

export interface VerbTrigger {
  /** Base form; phrases are several words ("hand over", "declare war"). */
  base: string;
  predicate: Predicate;
  objects: ObjectPath[];
  /** "Y was attacked by X": the by-agent is the subject. */
  passive?: boolean;
  /** The grammatical subject is the object of the relation ("surrendered to X": X ARRESTED the subject). */
  reverse?: boolean;
  /** Words that may stand between the verb and its particle or noun ("carried out [two] attacks"). */
  gap?: number;
}

export interface NounTrigger {
  noun: string;
  predicate: Predicate;
  /** Prepositions introducing the object after the noun ("attack on X", "support for X"). */
  objects: string[];
  /** Prepositions introducing the subject after the noun ("attack by X"). */
  agents?: string[];
  /** "X is Y's proxy": the copula subject is the subject, the possessor the object. */
  predicative?: boolean;
  /** "the alliance between X and Y", "the X-Y nexus": both sides, either order. */
  pair?: boolean;
}

const v = (base: string, predicate: Predicate, objects: ObjectPath[] = ['direct'], extra: Partial<VerbTrigger> = {}): VerbTrigger =>
  ({ base, predicate, objects, passive: objects.includes('direct'), ...extra });

export const VERBS: VerbTrigger[] = [
  // ALLY_OF
  ...['ally', 'partner', 'cooperate', 'collaborate', 'team up', 'align', 'side', 'unite', 'merge', 'join hands', 'join forces', 'coordinate', 'fight alongside', 'work'].map((b) => v(b, 'ALLY_OF', ['with', 'alongside'], { passive: false })),
  v('enlist support', 'ALLY_OF', ['of', 'from'], { passive: false }),
  // SUPPORTS
  ...['support', 'back', 'sponsor', 'shelter', 'harbour', 'harbor', 'host', 'protect', 'arm', 'train', 'equip', 'assist', 'aid', 'prop up', 'patronise', 'patronize', 'nurture', 'promote', 'supply', 'facilitate', 'shield', 'embolden'].map((b) => v(b, 'SUPPORTS')),
  v('provide', 'SUPPORTS', ['to', 'for', 'direct'], { gap: 4, passive: false }),
  v('smuggle', 'SUPPORTS', ['to'], { gap: 4, passive: false }),
  v('give safe haven', 'SUPPORTS', ['to'], { passive: false }),
  v('give', 'SUPPORTS', ['to', 'direct'], { passive: false, gap: 0 }),
  v('grant', 'SUPPORTS', ['to', 'direct'], { passive: false }),
  v('offer', 'SUPPORTS', ['to'], { passive: false }),
  // FUNDS
  ...['fund', 'finance', 'bankroll', 'pay', 'donate', 'transfer', 'send', 'channel'].map((b) => v(b, 'FUNDS', ['direct', 'to'])),
  // "moved Rs 4.5 crore to TTP commanders", "funnelled $2 million to the group": only with money (checked in the stage).
  ...['move', 'funnel', 'wire', 'remit'].map((b) => v(b, 'FUNDS', ['to'], { passive: false, gap: 6 })),
  // PROXY_OF
  v('play second fiddle', 'PROXY_OF', ['to'], { passive: false }),
  v('do the bidding', 'PROXY_OF', ['of'], { passive: false }),
  // MEMBER_OF
  ...['join', 'belong'].map((b) => v(b, 'MEMBER_OF', b === 'join' ? ['direct'] : ['to'], { passive: false })),
  v('pledge allegiance', 'MEMBER_OF', ['to'], { passive: false }),
  // "The MNJTF comprises troops from Chad, Niger and Nigeria": the listed are members.
  ...['comprise', 'consist', 'group', 'bring together'].map((b) => v(b, 'MEMBER_OF', ['from', 'of', 'direct'], { passive: false, reverse: true, gap: 2 })),
  v('head', 'MEMBER_OF', ['direct'], { passive: true, reverse: false }),
  v('lead', 'MEMBER_OF', ['direct'], { passive: true }),
  v('command', 'MEMBER_OF', ['direct'], { passive: true }),
  v('found', 'MEMBER_OF', ['direct'], { passive: true }),
  // HOSTILE_TO
  ...['fight', 'battle', 'combat', 'oppose', 'target', 'confront', 'hunt', 'pursue', 'repress', 'suppress', 'counter', 'resist', 'threaten', 'besiege', 'encircle'].map((b) => v(b, 'HOSTILE_TO')),
  ...['clash', 'skirmish', 'exchange fire', 'engage'].map((b) => v(b, 'HOSTILE_TO', ['with'], { passive: false })),
  v('declare war', 'HOSTILE_TO', ['on', 'against'], { passive: false }),
  v('wage war', 'HOSTILE_TO', ['on', 'against'], { passive: false }),
  v('vow revenge', 'HOSTILE_TO', ['on', 'against'], { passive: false }),
  v('vow retaliation', 'HOSTILE_TO', ['on', 'against'], { passive: false }),
  v('crack down', 'HOSTILE_TO', ['on'], { passive: false }),
  v('take action', 'HOSTILE_TO', ['against'], { passive: false, gap: 2 }),
  v('participate in the clashes', 'HOSTILE_TO', ['against', 'with'], { passive: false }),
  ...['push back', 'repel', 'drive back', 'drive out', 'beat back', 'fend off', 'expel', 'designate', 'proscribe', 'outlaw', 'blacklist', 'ban'].map((b) => v(b, 'HOSTILE_TO')),
  // ATTACKED
  ...['attack', 'strike', 'hit', 'bomb', 'shell', 'raid', 'ambush', 'kill', 'assassinate', 'shoot', 'shoot down', 'overrun', 'rout', 'storm', 'assault', 'invade', 'massacre', 'behead', 'execute', 'behead', 'abduct', 'kidnap', 'gun down', 'blow up', 'torch', 'maim', 'wound', 'injure', 'bombard'].map((b) => v(b, 'ATTACKED')),
  ...['capture', 'seize', 'overrun', 'take over', 'retake', 'recapture'].map((b) => v(b, 'ATTACKED', ['direct'])),
  v('carry out attack', 'ATTACKED', ['on', 'against'], { passive: false, gap: 3 }),
  v('launch attack', 'ATTACKED', ['on', 'against'], { passive: false, gap: 3 }),
  v('launch campaign', 'ATTACKED', ['on', 'against'], { passive: false, gap: 3 }),
  v('launch strike', 'ATTACKED', ['on', 'against'], { passive: false, gap: 3 }),
  v('launch offensive', 'ATTACKED', ['on', 'against'], { passive: false, gap: 3 }),
  v('conduct strike', 'ATTACKED', ['on', 'against'], { passive: false, gap: 3 }),
  v('claim responsibility', 'ATTACKED', ['for'], { passive: false }),
  v('set fire', 'ATTACKED', ['to'], { passive: false }),
  ...['perpetrate', 'mastermind', 'orchestrate'].map((b) => v(b, 'ATTACKED')),
  // "The MNJTF launched Operation Yancin Tafki": a named operation only (checked in the verb rules).
  v('launch', 'ATTACKED', ['direct'], { passive: false }),
  v('open fire', 'ATTACKED', ['on', 'at'], { passive: false }),
  // ARRESTED
  ...['arrest', 'apprehend', 'detain', 'nab', 'round up', 'take into custody', 'intercept', 'jail', 'imprison'].map((b) => v(b, 'ARRESTED')),
  v('surrender', 'ARRESTED', ['to'], { passive: false, reverse: true }),
  // HANDED_OVER
  ...['hand over', 'extradite', 'deport', 'turn over', 'hand', 'repatriate'].map((b) => v(b, 'HANDED_OVER')),
  // RELEASED
  ...['release', 'free', 'set free', 'let go', 'pardon', 'swap', 'exchange'].map((b) => v(b, 'RELEASED')),
  // NEGOTIATED_WITH
  ...['negotiate', 'talk', 'hold talks', 'enter into talks', 'enter into secret talks', 'sign', 'reach agreement', 'reach a deal', 'hold negotiations', 'engage in dialogue'].map((b) => v(b, 'NEGOTIATED_WITH', ['with'], { passive: false })),
  v('meet', 'NEGOTIATED_WITH', ['direct', 'with'], { passive: false }),
  v('enter into ceasefire', 'NEGOTIATED_WITH', ['with'], { passive: false }),
  // ACCUSED
  ...['accuse', 'criticise', 'criticize', 'condemn', 'denounce', 'charge', 'slam', 'lambast', 'indict', 'fault', 'rebuke'].map((b) => v(b, 'ACCUSED')),
  v('blame', 'ACCUSED', ['direct', 'on']),
  v('call out', 'ACCUSED', ['direct'], { passive: false }),
  v('hold responsible', 'ACCUSED', ['direct'], { passive: false }),
  // PRAISED
  ...['praise', 'hail', 'laud', 'commend', 'applaud', 'flatter', 'thank', 'congratulate', 'salute', 'appreciate', 'extol', 'eulogise', 'eulogize', 'credit'].map((b) => v(b, 'PRAISED')),
  // PRESSURED
  ...['press', 'pressure', 'pressurise', 'pressurize', 'coerce', 'urge', 'compel', 'warn', 'demand', 'inform', 'communicate'].map((b) => v(b, 'PRESSURED', ['direct', 'to'])),
  v('call on', 'PRESSURED', ['direct'], { passive: false }),
  v('call for', 'PRESSURED', ['direct'], { passive: false }),
  v('put pressure', 'PRESSURED', ['on'], { passive: false, gap: 2 }),
  v('exert pressure', 'PRESSURED', ['on'], { passive: false, gap: 2 }),
  v('mount pressure', 'PRESSURED', ['on'], { passive: false, gap: 2 }),
  v('ask', 'PRESSURED', ['direct'], { passive: false }),
  // BASED_IN
  ...['base', 'headquarter', 'station', 'deploy', 'entrench', 'hole up', 'hide', 'operate', 'exist', 'camp', 'shelter', 'take refuge', 'seek refuge', 'take shelter', 'settle', 'relocate'].map((b) => v(b, 'BASED_IN', ['in', 'inside', 'at', 'from', 'to'], { passive: false })),
  v('move base', 'BASED_IN', ['to', 'in'], { passive: false, gap: 3 }),
  v('take control', 'BASED_IN', ['of'], { passive: false }),
  v('hold sway', 'BASED_IN', ['over', 'in'], { passive: false }),
  v('seize control', 'BASED_IN', ['of'], { passive: false }),
  v('control', 'BASED_IN', ['direct'], { passive: false }),
  v('maintain camps', 'BASED_IN', ['in', 'throughout'], { passive: false, gap: 3 }),
  v('establish camps', 'BASED_IN', ['in', 'throughout'], { passive: false, gap: 3 }),
  // DEFECTED_TO
  ...['defect', 'switch sides', 'switch allegiance', 'go over', 'cross over', 'desert'].map((b) => v(b, 'DEFECTED_TO', ['to'], { passive: false })),
];

const n = (noun: string, predicate: Predicate, objects: string[], extra: Partial<NounTrigger> = {}): NounTrigger => ({ noun, predicate, objects, agents: ['by', 'from'], ...extra });

export const NOUNS: NounTrigger[] = [
  ...['alliance', 'nexus', 'partnership', 'cooperation', 'collaboration', 'ties', 'links', 'link', 'relationship', 'relations', 'amalgam', 'axis', 'pact', 'collusion', 'bond', 'bonds', 'nexuses', 'marriage'].map((w) => n(w, 'ALLY_OF', ['with', 'to', 'between'], { pair: true })),
  ...['ally', 'partner'].map((w) => n(w, 'ALLY_OF', ['of'], { predicative: true })),
  ...['support', 'backing', 'sponsorship', 'sanctuary', 'safe haven', 'haven', 'shelter', 'protection', 'patronage', 'assistance', 'training', 'weapons', 'arms', 'logistics', 'benefactor', 'patron', 'sponsor'].map((w) => n(w, 'SUPPORTS', ['to', 'for', 'of'])),
  ...['funding', 'financing', 'financial support', 'financial aid', 'financial assistance', 'money', 'funds', 'payment', 'payments', 'donation', 'donations', 'sum', 'aid'].map((w) => n(w, 'FUNDS', ['to', 'for'])),
  ...['proxy', 'mouthpiece', 'front', 'instrument', 'puppet', 'pawn', 'surrogate', 'minion', 'protégé', 'protege', 'stooge', 'agent', 'tool', 'creation'].map((w) => n(w, 'PROXY_OF', ['of', 'for'], { predicative: true, agents: [] })),
  ...['member', 'members', 'part', 'affiliate', 'branch', 'wing', 'arm', 'faction', 'unit', 'offshoot', 'leader', 'chief', 'head', 'commander', 'spokesman', 'spokesperson', 'founder'].map((w) => n(w, 'MEMBER_OF', ['of'], { predicative: true, agents: [] })),
  ...['war', 'fight', 'campaign', 'crackdown', 'repression', 'operations', 'actions', 'action', 'struggle', 'hostility', 'hostilities', 'enmity', 'enemy', 'waves of repression', 'rivalry', 'conflict', 'clashes', 'battle'].map((w) => n(w, 'HOSTILE_TO', ['against', 'on', 'with'])),
  ...['attack', 'attacks', 'offensive', 'operation', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strikes', 'air strike', 'drone strike', 'drone strikes', 'raid', 'raids', 'assault', 'ambush', 'bombing', 'bombings', 'killing', 'killings', 'assassination', 'incursion', 'invasion', 'shelling', 'massacre', 'capture'].map((w) => n(w, 'ATTACKED', ['on', 'against', 'of', 'into'])),
  ...['perpetrator', 'perpetrators', 'mastermind', 'masterminds', 'architect', 'architects'].map((w) => n(w, 'ATTACKED', ['of', 'behind'], { predicative: true, agents: [] })),
  ...['arrest', 'arrests', 'detention', 'apprehension'].map((w) => n(w, 'ARRESTED', ['of'])),
  ...['handover', 'hand-over', 'extradition', 'deportation'].map((w) => n(w, 'HANDED_OVER', ['of'])),
  ...['release', 'freeing'].map((w) => n(w, 'RELEASED', ['of'])),
  ...['talks', 'negotiations', 'dialogue', 'ceasefire', 'truce', 'peace deal', 'peace talks', 'agreement', 'deal', 'accord', 'meeting', 'contacts'].map((w) => n(w, 'NEGOTIATED_WITH', ['with', 'between'], { pair: true })),
  ...['accusation', 'accusations', 'criticism', 'condemnation', 'allegation', 'allegations'].map((w) => n(w, 'ACCUSED', ['against', 'of'])),
  ...['praise', 'adulation', 'flattery', 'tribute', 'appreciation', 'admiration'].map((w) => n(w, 'PRAISED', ['for', 'of', 'to'])),
  ...['pressure', 'demand', 'demands', 'ultimatum', 'arm-twisting', 'requests', 'request', 'call', 'calls', 'appeal', 'appeals'].map((w) => n(w, 'PRESSURED', ['on', 'to', 'for'])),
  ...['base', 'bases', 'headquarters', 'camp', 'camps', 'presence', 'stronghold', 'hideout', 'hideouts', 'foothold', 'sanctuaries', 'safe havens', 'deployment', 'training camps'].map((w) => n(w, 'BASED_IN', ['in', 'inside', 'at', 'throughout', 'across', 'on'])),
  ...['defection'].map((w) => n(w, 'DEFECTED_TO', ['to'])),
];

/** Adjectives formed with a hyphen: "Pakistan-backed LeT", "junta-affiliated police", "anti-Pakistan TTP". */
export const HYPHEN_ADJECTIVES = table<{ predicate: Predicate; reverse: boolean }>({
  backed: { predicate: 'SUPPORTS', reverse: false }, sponsored: { predicate: 'SUPPORTS', reverse: false }, supported: { predicate: 'SUPPORTS', reverse: false },
  funded: { predicate: 'FUNDS', reverse: false }, financed: { predicate: 'FUNDS', reverse: false }, trained: { predicate: 'SUPPORTS', reverse: false },
  armed: { predicate: 'SUPPORTS', reverse: false }, affiliated: { predicate: 'MEMBER_OF', reverse: true }, aligned: { predicate: 'ALLY_OF', reverse: true },
  allied: { predicate: 'ALLY_OF', reverse: true }, linked: { predicate: 'ALLY_OF', reverse: true }, controlled: { predicate: 'SUPPORTS', reverse: false },
  led: { predicate: 'MEMBER_OF', reverse: false },
});
