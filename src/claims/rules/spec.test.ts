import assert from 'node:assert/strict';
import { test } from 'node:test';
import { silentLogger, systemClock, type NexusDocument } from '../../core/index.js';
import { documentFromText } from '../../ingest/index.js';
import { extract } from '../../pipeline/index.js';
import { testModel } from '../../testing/model.js';
import { testKb } from '../../testing/server.js';
import { PREDICATE_FACTS } from '../../schema/predicates.js';
import { CLAIM_INFERENCES, FOUND_INFERENCES } from '../infer.js';
import { RULES } from './registry.js';
import type { ClaimRule } from './types.js';
import { analyze } from '../../nlp/index.js';
import { recognize } from '../../entities/index.js';
import { extractClaims } from '../stage.js';

/**
 * The spec runner: every rule's examples go through the parser and the
 * entities, then the claims stage with that rule alone (so a claim another
 * rule also reads still shows the rule can read it); an inference's examples
 * go through the whole registry. Each sentence must yield the claims it lists
 * (by entity name or alias, "not" before a negative one), and a
 * counter-example none from that rule.
 */
const ctx = { kb: testKb(), nlp: testModel(), clock: systemClock, logger: silentLogger };

function claimsOf(doc: NexusDocument, rule: string): string[] {
  const names = new Map(doc.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  return doc.claims.filter((c) => c.rule === rule).map((c) => `${c.polarity === 'negative' ? 'not ' : ''}${names.get(c.subject)![0]} ${c.predicate} ${names.get(c.object)![0]}`);
}

/** "Nigeria ARRESTED Abu Bakr Shekau" matches a claim whose entities have those names or aliases. */
function matches(doc: NexusDocument, rule: string, expected: string): boolean {
  const m = /^(not )?(.+) ([A-Z_]+) (.+)$/.exec(expected);
  if (!m) throw new Error(`bad example claim "${expected}"`);
  const [, not, subject, predicate, object] = m;
  const norm = (n: string) => n.toLowerCase().replace(/[’‘]/g, "'");
  const named = (id: string, name: string) => {
    const e = doc.entities.find((x) => x.id === id)!;
    return [e.name, ...e.aliases].some((n) => norm(n) === norm(name));
  };
  const symmetric = PREDICATE_FACTS[predicate as keyof typeof PREDICATE_FACTS]?.symmetric;
  return doc.claims.some((c) => c.rule === rule && c.predicate === predicate && (c.polarity === 'negative') === !!not
    && ((named(c.subject, subject) && named(c.object, object)) || (symmetric && named(c.subject, object) && named(c.object, subject))));
}

const alone = new Set(RULES.map((r) => r.id));

function readAlone(text: string, rule: ClaimRule): NexusDocument {
  const doc = documentFromText(text, { path: 'example.txt' });
  analyze(doc, ctx.nlp);
  recognize(doc, ctx.kb);
  return extractClaims(doc, { kb: ctx.kb, rules: [rule] });
}

for (const rule of [...RULES, ...FOUND_INFERENCES, ...CLAIM_INFERENCES]) {
  test(`rule ${rule.id}: ${rule.description}`, () => {
    assert.ok(rule.examples.some((e) => e.claims.length > 0), 'a rule has at least one example it must read');
    assert.ok(rule.examples.some((e) => e.claims.length === 0), 'a rule has at least one counter-example');
    for (const ex of rule.examples) {
      const doc = alone.has(rule.id) ? readAlone(ex.text, rule as ClaimRule) : extract(documentFromText(ex.text, { path: 'example.txt' }), ctx);
      if (ex.claims.length === 0) {
        assert.deepEqual(claimsOf(doc, rule.id), [], `"${ex.text}" must yield no ${rule.id} claim`);
        continue;
      }
      for (const want of ex.claims) assert.ok(matches(doc, rule.id, want), `"${ex.text}" must yield ${want}; it gave: ${claimsOf(doc, rule.id).join('; ') || 'nothing'}`);
    }
  });
}
