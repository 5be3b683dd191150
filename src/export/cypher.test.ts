import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { exportCorpus, FIXED_CLOCK, handSelection, NASTY } from '../testing/export-corpus.js';
import type { Store } from '../store/index.js';
import { cypherLiteral, cypherString } from './cypher-literal.js';
import { CYPHER_CONSTRAINTS, toCypher } from './cypher.js';
import { selectCorpus } from './select.js';
import type { Selection } from './types.js';

let store: Store;
let sel: Selection;
let script: string;
before(async () => {
  store = (await exportCorpus()).store;
  sel = await selectCorpus(store, { actors: [], depth: 1 });
  script = toCypher(sel, { clock: FIXED_CLOCK });
});
after(() => store.close());

/** The statements of a script: comment lines dropped, split at the semicolons that end a line. */
const statements = (s: string) => s.split('\n').filter((l) => !l.startsWith('//')).join('\n').split(/;\n/).map((x) => x.trim()).filter(Boolean);
/** A statement with its string literals blanked, so that article text cannot look like a keyword. */
const code = (s: string) => s.replace(/'(?:[^'\\]|\\.)*'/g, "''");

describe('Cypher export: loading twice changes nothing (checked by inspection)', () => {
  test('creates nothing but constraints, and only if they do not exist; deletes nothing', () => {
    for (const st of statements(script).map(code)) {
      if (/^CREATE CONSTRAINT/.test(st)) { assert.match(st, /IF NOT EXISTS/); continue; }
      assert.doesNotMatch(st, /\b(CREATE|DELETE|DETACH|REMOVE|DROP)\b/, st.slice(0, 200));
    }
  });

  test('every node is MERGEd on a key that has a uniqueness constraint', () => {
    const constrained = new Set(CYPHER_CONSTRAINTS.map(([l, k]) => `${l}.${k}`));
    for (const [label, key] of CYPHER_CONSTRAINTS) assert.match(script, new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.${key} IS UNIQUE`));
    const merges = [...code(script).matchAll(/MERGE \((\w+):(\w+) \{(\w+): [^}]+\}\)/g)];
    assert.ok(merges.length >= 5);
    for (const m of merges) assert.ok(constrained.has(`${m[2]}.${m[3]}`), `MERGE (${m[1]}:${m[2]} {${m[3]}}) has no constraint`);
  });

  test('every relationship is MERGEd between nodes the statement has bound, keyed at most by the assertion id', () => {
    let checked = 0;
    for (const st of statements(script).map(code)) {
      const bound = new Set([...st.matchAll(/\((\w+):\w+ \{/g)].map((m) => m[1]));
      for (const m of st.matchAll(/MERGE \((\w+)\)-\[(\w*):?(\w+)( \{[^}]*\})?\]->\((\w+)\)/g)) {
        assert.ok(bound.has(m[1]) && bound.has(m[5]), `unbound end in ${m[0]}`);
        assert.ok(!m[4] || /^ \{assertion: row\.id\}$/.test(m[4]), `relationship keyed on more than its id: ${m[0]}`);
        checked++;
      }
    }
    assert.ok(checked >= 15, `only ${checked} relationship merges found`);
  });

  test('claims are reified with their quotes, documents, sources and actors, and actors are linked by a projection', () => {
    for (const label of ['Actor', 'Source', 'Document', 'Claim', 'Quote']) assert.match(script, new RegExp(`MERGE \\(\\w:${label} \\{`));
    for (const rel of ['SUBJECT', 'OBJECT', 'STATED_IN', 'EVIDENCED_BY', 'QUOTED_FROM', 'PUBLISHED_BY', 'ATTRIBUTED_TO']) assert.match(script, new RegExp(`\\[:${rel}\\]`));
    assert.match(script, /MERGE \(s\)-\[r:FUNDS \{assertion: row\.id\}\]->\(o\)/);
    assert.match(script, /MERGE \(s\)-\[r:NOT_FUNDS \{assertion: row\.id\}\]->\(o\)/, 'a denial has its own type, so a query for FUNDS never returns it');
    assert.ok(script.includes(cypherString('JNIM has funded the Katiba Serma')));
  });

  test('the same corpus gives the same script', async () => {
    assert.equal(toCypher(await selectCorpus(store, { actors: [], depth: 1 }), { clock: FIXED_CLOCK }), script);
  });
});

describe('Cypher literals', () => {
  test('strings escape quotes, backslashes and line breaks so text cannot end a literal or a statement', () => {
    assert.equal(cypherString(`O'Land \\ "x"\nnext;`), `'O\\'Land \\\\ "x"\\nnext;'`);
    assert.equal(cypherString('bell\u0007'), "'bell\\u0007'");
    assert.equal(cypherLiteral({ 'odd key': [1, 'a'], ok: true, gone: undefined }), "{`odd key`: [1, 'a'], ok: true}");
  });

  test('a hand-made selection with nasty text keeps every statement well delimited', () => {
    const s = toCypher(handSelection(), { clock: FIXED_CLOCK });
    assert.ok(s.includes(cypherString(NASTY)));
    for (const st of statements(s)) assert.equal((code(st).match(/'/g) ?? []).length % 2, 0, st.slice(0, 120));
  });
});
