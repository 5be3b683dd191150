import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger, systemClock, type NexusDocument } from '../core/index.js';
import { documentFromText } from '../ingest/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { testModel } from '../testing/model.js';
import { extract } from '../pipeline/index.js';

const ctx = { kb: loadKnowledgeBase(), nlp: testModel(), clock: systemClock, logger: silentLogger };
const run = (text: string, published?: string): NexusDocument => extract(documentFromText(text, { path: 't.txt' }, { published }), ctx);

/** Each claim as an analyst reads it: "Subject PREDICATE Object (date, amount)". */
function lines(doc: NexusDocument): string[] {
  const name = (id: string) => doc.entities.find((e) => e.id === id)?.name ?? id;
  return doc.claims.map((c) => {
    const q = [c.qualifiers.date?.value, c.qualifiers.amount && `${c.qualifiers.amount.value} ${c.qualifiers.amount.currency}`].filter(Boolean).join(', ');
    return `${name(c.subject)} ${c.predicate} ${name(c.object)}${q ? ` (${q})` : ''}`;
  });
}

const RAID = `ISWAP fighters attacked the Nigerian Army in Marte last month, the army said. According to Abdullahi Musa, a security analyst at the Lake Chad Research Centre, the faction has received funding from Islamic State's central leadership, including at least $250,000 last year.`;

test('a document with no date gets no relative dates; with one they resolve against it', () => {
  const undated = lines(run(RAID));
  assert.ok(undated.some((l) => /^Islamic State West Africa Province ATTACKED/.test(l)), undated.join('\n'));
  assert.ok(!undated.some((l) => /\((?:1[89]|20)\d\d\b/.test(l)), `no date comes from nowhere:\n${undated.join('\n')}`);
  const dated = lines(run(RAID, '2024-06-10'));
  assert.ok(dated.some((l) => /^Islamic State West Africa Province ATTACKED .*\(2024-05\)$/.test(l)), dated.join('\n'));
  assert.ok(dated.some((l) => /^Islamic State FUNDS Islamic State West Africa Province \(2023, 250000 USD\)$/.test(l)), dated.join('\n'));
});

test('a date and an amount go to the claim whose trigger they belong to, not every claim of the sentence', () => {
  const dated = lines(run(RAID, '2024-06-10'));
  assert.ok(dated.includes('Abdullahi Musa MEMBER_OF Lake Chad Research Centre'), dated.join('\n'));
  assert.ok(dated.some((l) => /^Islamic State West Africa Province ATTACKED Nigerian Army \(2024-05\)$/.test(l)) || dated.some((l) => /ATTACKED .*\(2024-05\)/.test(l)), dated.join('\n'));
  const defection = lines(run('Officials said Lashkar-e-Taiba paid Rs 50 lakh to The Resistance Front in 2015, and that Abu Musa later defected to the Islamic State.'));
  assert.ok(defection.some((l) => l === 'Lashkar-e-Taiba FUNDS The Resistance Front (2015, 5000000 INR)'), defection.join('\n'));
  assert.ok(defection.includes('Abu Musa DEFECTED_TO Islamic State'), `the defection takes neither the payment's date nor its sum:\n${defection.join('\n')}`);
});
