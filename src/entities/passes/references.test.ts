import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Mention, NexusDocument } from '../../core/index.js';
import { documentFromText } from '../../ingest/index.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { analyze } from '../../nlp/index.js';
import { testModel } from '../../testing/model.js';
import { nameKey, recognize } from '../stage.js';

// Texts written for these tests; the names are real actors or invented people.
const kb = loadKnowledgeBase();

function run(text: string): NexusDocument {
  return recognize(analyze(documentFromText(text, { path: 't.txt' }), testModel()), kb);
}

function entity(doc: NexusDocument, name: string): Entity {
  const e = doc.entities.find((x) => nameKey(x.name) === nameKey(name) || x.aliases.includes(name));
  assert.ok(e, `no entity "${name}" among: ${doc.entities.map((x) => x.name).join('; ')}`);
  return e!;
}

/** The mention over the n-th occurrence of `text` (a whole word), if any. */
function mentionAt(doc: NexusDocument, text: string, n = 1): Mention | undefined {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = doc.text.indexOf(text, at + 1);
    while (at >= 0 && (/\w/.test(doc.text[at + text.length] ?? '') || /\w/.test(doc.text[at - 1] ?? ''))) at = doc.text.indexOf(text, at + 1);
  }
  assert.ok(at >= 0, `no "${text}" #${n} in the text`);
  return doc.mentions.find((m) => m.start <= at && m.end >= at + text.length);
}

function refersTo(doc: NexusDocument, text: string, n: number, name: string | null): void {
  const m = mentionAt(doc, text, n);
  const names = (m && doc.entities.find((e) => e.id === m.entity)?.name) ?? null;
  if (name === null) assert.equal(names, null, `"${text}" #${n} should stay unresolved, got ${names}`);
  else assert.equal(names, entity(doc, name).name, `"${text}" #${n}`);
}

test('"he" with two candidates: the subject of the clause that governs it, never its own clause\'s co-argument', () => {
  const doc = run('General Amadou Diallo met Colonel Ibrahim Sow in Mopti on Monday. Diallo said he would not resign.\n\n'
    + 'Colonel Ibrahim Sow later told reporters that General Amadou Diallo had threatened him.');
  refersTo(doc, 'he', 1, 'Amadou Diallo');
  refersTo(doc, 'him', 1, 'Ibrahim Sow');
  assert.equal(mentionAt(doc, 'Diallo', 2)?.entity, entity(doc, 'Amadou Diallo').id, 'a surname joins the full name written twice');
});

test('"they" with two candidate groups: the more salient subject; the head noun picks the named one', () => {
  const doc = run('The Taliban accused the Haqqani Network of betrayal in Khost. They said the network had sheltered foreign fighters.');
  refersTo(doc, 'They', 1, 'Taliban');
  refersTo(doc, 'network', 1, 'Haqqani Network');
  const ambush = run('The Allied Democratic Forces attacked the M23 rebels near Beni. They later withdrew into the forest.');
  refersTo(ambush, 'They', 1, 'Allied Democratic Forces');
  assert.ok(!ambush.mentions.some((m) => m.text === 'rebels' && m.how === 'description'), '"the M23 rebels" is M23, not a description');
});

test('"we" and "our" inside a quotation are the speaker\'s body', () => {
  const doc = run('"We will not negotiate with the junta," the Arakan Army said in a statement. '
    + 'The Myanmar military said it had retaken two towns.');
  refersTo(doc, 'We', 1, 'Arakan Army');
  refersTo(doc, 'it', 1, 'Myanmar Army');
});

test('an unnamed person as salient as the named one leaves "he" unresolved', () => {
  const doc = run('A village elder told reporters that Colonel Moussa Traore had ordered the raid. He said he fled before dawn.');
  refersTo(doc, 'He', 1, null);
});

test('a description is not the name inside its own modifier, nor a body the text never named', () => {
  const doc = run("Al-Qaeda has lost ground in the region. Jama'at Nusrat al-Islam wal-Muslimin attacked a convoy near Gao. "
    + 'The al-Qaeda-linked group said it killed ten soldiers.');
  refersTo(doc, 'group', 1, "Jama'at Nusrat al-Islam wal-Muslimin");
  const pk = run('The Tehrik-i-Taliban Pakistan attacked a checkpoint in Bannu. The US State Department condemned the attack. '
    + 'The interior ministry did not respond.');
  const ministry = mentionAt(pk, 'interior ministry');
  assert.ok(!ministry || pk.entities.find((e) => e.id === ministry.entity)?.name !== 'State Department', 'the interior ministry is not the State Department');
});

test('a state body owned by a pronoun is its owner\'s; a bracketed gloss names a pronoun\'s referent', () => {
  const doc = run('The Pakistan Army rejected the claim. Washington disagrees. They [the Government of Pakistan and its army] give shelter to the fighters, the report said.');
  refersTo(doc, 'They', 1, 'Pakistan');
  refersTo(doc, 'army', 1, 'Pakistan Army');
  const pm = run('Prime Minister Shehbaz Sharif met officials of Pakistan in Lahore. He said his government would not talk to the group.');
  refersTo(pm, 'government', 1, 'Pakistan');
});

test('countries opening a sentence or joined by "and" are recognised though they are also common words', () => {
  const doc = run('Turkey condemned the strikes. Turkey and Iran met in Ankara. Troops from Niger and Guinea arrived.');
  assert.equal(doc.mentions.filter((m) => m.entity === entity(doc, 'Turkey').id && m.how === 'name').length, 2);
  entity(doc, 'Guinea');
  entity(doc, 'Niger');
});

test('binding holds for the entity; a country named in the phrase admits no other country\'s body', () => {
  const doc = run('Hezbollah said it fired rockets at an Israeli base. The Israeli army said it intercepted them.');
  const them = mentionAt(doc, 'them');
  assert.ok(!them || doc.entities.find((e) => e.id === them.entity)?.name !== 'Israel Defense Forces', '"them" is not the army that "it" names in its clause');
  const fsb = run('The Federal Security Service said it detained two men in Makhachkala. Ramzan Kadyrov blamed Ukraine\'s intelligence services.');
  const services = mentionAt(fsb, 'intelligence services');
  assert.ok(!services || fsb.entities.find((e) => e.id === services.entity)?.name !== 'Federal Security Service', 'Ukraine\'s services are not the FSB');
});

test('inside a quotation, "they" is not the body the speaker says "we" for; a speaker after an inverted verb speaks', () => {
  const doc = run('Al-Shabaab fighters attacked a base near Jilib. The Somali army repelled the assault. '
    + '“We will not stop until they are gone,” the army said.');
  refersTo(doc, 'We', 1, 'Somali National Army');
  refersTo(doc, 'they', 1, 'al-Shabaab');
  const inverted = run('The Arakan Army took a border post near Maungdaw. “We did this to protect civilians,” said the group’s spokesman.');
  refersTo(inverted, 'We', 1, 'Arakan Army');
});

test('"it" as the object of a verb of saying or denying is a statement; a body owned by a pronoun waits for it', () => {
  const doc = run('Pakistan accuses the Taliban of sheltering the TTP. Kabul denies it. '
    + 'Kenya has also been targeted by al-Shabaab. Its police said they arrested two suspects in Garissa.');
  refersTo(doc, 'it', 1, null);
  // "Its police" is Kenya's, never a police force of another country the text is about.
  const police = mentionAt(doc, 'police', 1);
  const owner = police && doc.entities.find((e) => e.id === police.entity);
  assert.ok(!owner || owner.kbId?.startsWith('ke'), `Its police: ${owner?.name}`);
});

test('a titled name opening a sentence is its subject, whatever the apposition after it does to the parse', () => {
  const doc = run('Colonel Ahmed Sani, a spokesman for the rebels, spoke first. '
    + 'Major General Zaw Min Tun, the junta’s spokesman, rejected the claim. “Our troops are still in the town,” he said.');
  refersTo(doc, 'he', 1, 'Zaw Min Tun');
});

test('"the group" in a report on fighting prefers the armed group to another organisation', () => {
  const doc = run('Al-Shabaab attacked a convoy near Baidoa. The African Union said its troops repelled the attack. '
    + 'Analysts say the group could exploit the withdrawal.');
  refersTo(doc, 'group', 1, 'al-Shabaab');
});
