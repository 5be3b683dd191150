import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NexusDocument } from '../../core/index.js';
import { recognizeText as run } from '../../testing/entities.js';

// Texts written for these tests; the groups and bodies are real, the people invented.

/** The entity name of the mention over the first whole word `text` at or after `from`, or null. */
function referent(doc: NexusDocument, text: string, from = 0): string | null {
  const at = new RegExp(`\\b${text}\\b`, 'g');
  at.lastIndex = from;
  const hit = at.exec(doc.text);
  assert.ok(hit, `no "${text}"`);
  const m = doc.mentions.find((x) => x.start <= hit.index && x.end >= hit.index + text.length);
  return (m && doc.entities.find((e) => e.id === m.entity)?.name) ?? null;
}

test('"they" after a speaker written in the singular is someone else: the body says "it"', () => {
  const doc = run('Al-Shabaab attacked an African Union base in Baidoa, and the mission said they had been repelled.');
  assert.equal(referent(doc, 'they'), 'al-Shabaab');
});

test('a speech verb in the quotation\'s own sentence frames it: an unnamed speaker leaves "us" unresolved', () => {
  const text = '“We will continue our operations,” said Abu Hamza, a spokesman for the Ansar Brotherhood.\n\n“They attacked us at dawn,” said a police officer in Beni.';
  const doc = run(text);
  assert.equal(referent(doc, 'our'), 'Ansar Brotherhood');
  assert.equal(referent(doc, 'us', text.indexOf('attacked')), null);
});

test('a description in apposition to a name is that name', () => {
  const doc = run('The Global Coalition to Defeat ISIS will end its mission next year. The Counter Terrorism Service, the elite force that retook Mosul, raided a cave near Kirkuk.');
  assert.equal(referent(doc, 'the elite force'), 'Counter Terrorism Service');
});

test('a head noun that the name of an actor holds finds it however far back, singular or plural', () => {
  const filler = Array.from({ length: 9 }, (_, i) => `Islamic State fighters attacked village number ${i + 2} near Kirkuk.`).join(' ');
  const doc = run(`The Global Coalition to Defeat ISIS met in Rome. ${filler} Officials said the coalition had carried out 40 strikes.`);
  assert.equal(referent(doc, 'the coalition'), 'Global Coalition to Defeat ISIS');
  const pmf = run('Islamic State fighters killed five men near Tarmiyah. Falih al-Fayyadh, the Popular Mobilization Forces chairman, rejected claims that the force had failed.');
  assert.equal(referent(pmf, 'the force'), 'Popular Mobilization Forces');
});

test('"several of them", "among them": the set just named, not an organisation', () => {
  const doc = run('Kenyan police arrested 14 suspected members of al-Shabaab in Mombasa, several of them foreign nationals. Among them was a cleric.');
  assert.equal(referent(doc, 'them'), null);
  assert.equal(referent(doc, 'them', doc.text.indexOf('Among')), null);
});

test('a dateline place is no antecedent: "it" after "X said" in the dateline sentence is X', () => {
  const doc = run('KANDAHAR - The Border Protection Agency said on Monday that it had arrested a smuggler in Zaranj.');
  assert.equal(referent(doc, 'it'), 'Border Protection Agency');
});

test('a hyphenated name opening a sentence is no dateline', () => {
  const doc = run('ISIS-Somalia, which the United Nations estimates had 700 fighters last year, has used its mountain bases in Bari to raise money.');
  assert.notEqual(referent(doc, 'its'), 'United Nations');
  assert.ok(referent(doc, 'its'));
});

test('a present-tense "they say" and an "it" of an event or of "matter" name no one', () => {
  const text = 'Al-Shabaab fighters attacked a base near Baidoa. It was the deadliest attack in the region this year. As they say in Baidoa, the river keeps its secrets. It does not matter who fired first.';
  const doc = run(text);
  assert.equal(referent(doc, 'It', text.indexOf('was')), null);
  assert.equal(referent(doc, 'they'), null);
  assert.equal(referent(doc, 'It', text.indexOf('does not') - 3), null);
});

test('"accused X of ..., a charge it denies": the pronoun is the accused', () => {
  const doc = run('The Jubaland Security Forces accused al-Shabaab of shelling a market in Dhobley, a charge it has repeatedly denied.');
  assert.equal(referent(doc, 'it'), 'al-Shabaab');
});

test('"we" and "our" in a quotation speak for the body the speaker leads ("X, who commands the sector for Y"), and "our men ... their" is bound', () => {
  const text = 'Colonel Amadou Traore, who commands the sector for the Malian Armed Forces, told reporters that the attackers had come on motorbikes. "We repelled them, and our men held their positions for hours," Traore said.';
  const doc = run(text);
  assert.equal(referent(doc, 'We'), 'Malian Armed Forces');
  assert.equal(referent(doc, 'our'), 'Malian Armed Forces');
  assert.equal(referent(doc, 'their'), 'Malian Armed Forces');
});

test('a role noun before the name gives the speaker a body ("NISA spokesman X")', () => {
  const text = 'Somalia\'s National Intelligence and Security Agency (NISA) arrested a cleric. NISA spokesman Abdiqani Farah said the operation had been planned with General Mohamed Nur Ali, who commands army troops in Lower Shabelle. "We shared our intelligence with the army," he said.';
  const doc = run(text);
  assert.equal(referent(doc, 'he', text.indexOf('army,"')), 'Abdiqani Farah');
  assert.equal(referent(doc, 'We'), 'National Intelligence and Security Agency');
});

test('"whose troops" is no description of its own: the body the relative hangs on keeps "it"', () => {
  const doc = run('The Somali National Army raided a camp near Afgooye. The Kenya Defence Forces, whose troops patrol the border, said it had not taken part.');
  assert.equal(referent(doc, 'whose troops'), null);
  assert.notEqual(referent(doc, 'it'), 'Somali National Army');
});

test('"the bus driver" for a person the text called a bus driver; "the cleric" for a Maulana', () => {
  const text = 'Police in Herat arrested Farid Ahmadzai, a 41-year-old bus driver, on Monday. Colonel Nasir Qadri said the bus driver had carried explosives for the Taliban. Maulana Rahim Gul, who leads prayers in Herat, condemned the plot. The cleric said the plotters had no right to call it jihad.';
  const doc = run(text);
  assert.equal(referent(doc, 'the bus driver'), 'Farid Ahmadzai');
  assert.equal(referent(doc, 'The cleric'), 'Rahim Gul');
});

test('"accused X of V-ing its N": the possessive is the accused, not the accuser', () => {
  const text = 'The Pakistani military accused Afghanistan of letting militant commanders operate from its territory. Kabul accused Pakistan of sending its jets over Khost.';
  const doc = run(text);
  assert.equal(referent(doc, 'its'), 'Afghanistan');
  assert.equal(referent(doc, 'its', text.indexOf('sending')), 'Pakistan');
});

test('"accused the group of rebuilding its positions" (the gerund hung on the noun) is the accused; "of shelling its positions" is not', () => {
  const text = 'The Israeli army accused Hezbollah of rebuilding its positions near the river. Al-Shabaab accused the Somali National Army of shelling its camps near Jilib.';
  const doc = run(text);
  assert.equal(referent(doc, 'its'), 'Hezbollah');
  assert.notEqual(referent(doc, 'its', text.indexOf('shelling')), 'Somali National Army');
});

test('a noun in apposition to a name is no unnamed rival: "X, a fisherman who ..., said he ... He said"', () => {
  const text = 'Abdullahi Bukar, a fisherman who returned to Baga on Monday, said he had counted thirty bodies. He said the fighters had taken his boat.';
  const doc = run(text);
  assert.equal(referent(doc, 'He'), 'Abdullahi Bukar');
  assert.equal(referent(doc, 'his'), 'Abdullahi Bukar');
});

test('a person a named person has is someone else: "X\'s father told reporters that his son ..." leaves "his" open', () => {
  const text = 'Police arrested Tariq Wani in Sopore on Monday. Wani\'s father told reporters that his son had been taken from the orchard.';
  const doc = run(text);
  assert.notEqual(referent(doc, 'his'), 'Tariq Wani');
});

test('"the Russian agency" is the one Russian body of its kinds the text named, though the knowledge base lists another first', () => {
  const text = 'Ukraine\'s security service said a man had passed coordinates to Russia\'s Federal Security Service (FSB). An officer said the Russian agency had paid him $200 for each location.';
  const doc = run(text);
  assert.equal(referent(doc, 'the Russian agency'), 'Federal Security Service');
});

test('"X, a pro-Islamic State network ... the network": a head noun put in apposition to a name weighs for it against a more recent group', () => {
  const text = 'Dawlah Islamiyah, a pro-Islamic State network, recruits young men in the hills. The Moro Islamic Liberation Front said on Sunday that troops had clashed with gunmen near Butig. It is unclear how many fighters the network still has.';
  const doc = run(text);
  assert.notEqual(referent(doc, 'the network'), 'Moro Islamic Liberation Front');
});

test('a speech verb the parse left without a subject takes the name right before it ("..., Islamic State said its fighters")', () => {
  const doc = run('Iraqi troops raided a cave near Kirkuk on Sunday. In a claim carried by the Amaq News Agency, Islamic State said its fighters had killed three soldiers.');
  assert.equal(referent(doc, 'its'), 'Islamic State');
});

test('a named hospital is a place that acts as a body: "its head nurse" in apposition, her quoted "we", and "the hospital", but "the agency" is not it', () => {
  const text = 'The World Health Organization said it had sent doctors to the district. Joan Pike, who runs the agency\'s office in the region, visited Kerrow General Hospital on Monday with Dina Farouk, its head nurse. "We have no beds left and our pharmacy is empty," Farouk said. Pike said the agency would pay for the hospital\'s generator.';
  const doc = run(text);
  assert.equal(doc.entities.find((e) => e.name === 'Kerrow General Hospital')?.type, 'Location');
  assert.equal(referent(doc, 'its'), 'Kerrow General Hospital');
  assert.equal(referent(doc, 'We'), 'Kerrow General Hospital');
  assert.equal(referent(doc, 'our'), 'Kerrow General Hospital');
  assert.equal(referent(doc, 'the hospital'), 'Kerrow General Hospital');
  assert.notEqual(referent(doc, 'the agency', text.indexOf('Pike said')), 'Kerrow General Hospital');
});

test('"the hospital" with no hospital named stays unresolved', () => {
  const doc = run('Doctors Without Borders said on Friday that its teams were treating the wounded. The hospital ran out of blood on Saturday.');
  assert.equal(referent(doc, 'The hospital'), null);
});

test('"X, a nurse at Y": the speaker speaks for Y, though the parse hangs the apposition elsewhere', () => {
  const doc = run('Joan Pike, who runs the charity\'s work in the region, said she had talked by phone to Dina Farouk, a nurse at Ramsey Memorial Hospital. She said power cuts were the worst problem. "We treated nine children today and our wards are full," Farouk said.');
  assert.equal(referent(doc, 'We'), 'Ramsey Memorial Hospital');
  assert.equal(referent(doc, 'our'), 'Ramsey Memorial Hospital');
});

test('"urged X to halt its strikes": a possessive in an infinitive is its controller\'s, the object of the verb it completes', () => {
  const doc = run('The United Nations said on Monday that it was alarmed. The United Nations urged Israel to halt its strikes on the camps.');
  assert.equal(referent(doc, 'its'), 'Israel');
});

test('"his boat and its engine": a possessive coordinated with an unnamed thing is that thing\'s, left unresolved', () => {
  const doc = run('A fisherman said Boko Haram fighters had seized his boat and its engine near Baga.');
  assert.equal(referent(doc, 'its'), null);
  const named = run('Hezbollah and its allies won the vote.');
  assert.equal(referent(named, 'its'), 'Hezbollah');
});

test('an object in a report is the person the report is about, not its speaker', () => {
  const text = 'Colombian troops clashed with ELN fighters near Tibu. Colonel Ana Ruiz, who commands the brigade, said a rebel courier, Tomas Vidal, had been caught near the border. Ruiz said the army had questioned him for hours.';
  const doc = run(text);
  assert.equal(referent(doc, 'him'), 'Tomas Vidal');
  // With no one else in the report, the speaker may still be its object.
  const alone = run('Colonel Ana Ruiz, who commands the brigade, said on Monday that rebels had threatened her.');
  assert.equal(referent(alone, 'her'), 'Ana Ruiz');
});

test('an unnamed subject that governs a pronoun weighs as a named one would: "aid workers say they ..." is theirs, left unresolved', () => {
  const doc = run('The National Council for the Safeguard of the Homeland has restricted travel in Tillaberi. The council says it must approve every convoy, while aid workers say they are being punished for speaking out.');
  assert.equal(referent(doc, 'it'), 'National Council for the Safeguard of the Homeland');
  assert.equal(referent(doc, 'they'), null);
});

test('conjoined descriptions are different referents: "between the militants and the militias"', () => {
  const doc = run('The Popular Mobilization Forces hold the road. Islamic State fighters attacked a checkpoint near Tikrit on Sunday. Islamic State said it had killed two guards. Villagers say they are caught between the militants and the militias.');
  assert.equal(referent(doc, 'the militants'), 'Islamic State');
  assert.notEqual(referent(doc, 'the militias'), 'Islamic State');
});
