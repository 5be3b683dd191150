import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { silentLogger, systemClock, type NexusDocument } from '../../core/index.js';
import { documentFromText } from '../../ingest/index.js';
import { extract } from '../../pipeline/index.js';
import { testModel } from '../../testing/model.js';
import { testKb } from '../../testing/server.js';
import type { LexEntry } from './types.js';

/**
 * The lexicon's spec runner: every trigger entry's example goes through the
 * whole pipeline and must yield a claim of the entry's predicate whose trigger
 * is the entry's word; its counter-example must yield none from that word.
 * An entry whose example the extraction does not read yet carries
 * `"unread": "why"` and runs as a todo, so the gap shows in every test
 * summary; once it reads, the test fails until the mark is removed.
 */
const ctx = { kb: testKb(), nlp: testModel(), clock: systemClock, logger: silentLogger };
const DIR = fileURLToPath(new URL('../../lang/en/triggers/', import.meta.url));
const TABLES = ['verbs', 'nouns', 'relations', 'adjectives', 'presence'] as const;

type Entry = LexEntry & { unread?: string };

/** The word of an entry as it may be written: "hand" of "hand over", "backed" of "-backed". */
function wordOf(e: Entry): string {
  return (e.form ?? e.lemma).replace(/^-|-$/g, '').split(' ')[0].toLowerCase();
}

/** The claims of the entry's predicate whose trigger words include the entry's word. */
function fromWord(doc: NexusDocument, e: Entry): string[] {
  const word = wordOf(e);
  const names = new Map(doc.entities.map((x) => [x.id, x.name]));
  return doc.claims.filter((c) => c.predicate === e.predicate && doc.words.some((w) => w.start >= c.trigger.start && w.end <= c.trigger.end
    && (w.lemma.toLowerCase() === word || w.form.toLowerCase() === word || w.form.toLowerCase().endsWith(`-${word}`))))
    .map((c) => `${names.get(c.subject)} ${c.predicate} ${names.get(c.object)}`);
}

const read = (text: string) => extract(documentFromText(text, { path: 'example.txt' }), ctx);

function check(e: Entry): void {
  assert.ok(e.example, 'every entry has an example');
  const got = fromWord(read(e.example), e);
  assert.ok(got.length > 0, `"${e.example}" must yield a ${e.predicate} claim from "${wordOf(e)}"`);
  if (e.counter) assert.deepEqual(fromWord(read(e.counter), e), [], `"${e.counter}" must yield no ${e.predicate} claim from "${wordOf(e)}"`);
}

// Entries marked unread whose example now reads: their mark must go.
const nowRead: string[] = [];

for (const table of TABLES) {
  const { entries } = JSON.parse(readFileSync(`${DIR}${table}.json`, 'utf8')) as { entries: Entry[] };
  for (const e of entries) {
    const name = `lexicon ${table}: ${e.form ?? e.lemma}${e.particle ? ` ${e.particle}` : ''} ${e.predicate}`;
    test(name, { todo: e.unread }, () => {
      if (!e.unread) return check(e);
      check(e);
      nowRead.push(`${name} ("${e.example}")`);
    });
  }
}

test('no entry marked unread reads its example now (remove the mark of those that do)', () => {
  assert.deepEqual(nowRead, []);
});
