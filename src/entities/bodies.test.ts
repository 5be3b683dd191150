import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../kb/index.js';
import { bodyOfCountry } from './bodies.js';

// A made-up country: a province whose name is also the start of a longer
// word ("Vesk" in "Veskan"), its police, a national police, and a force whose
// name only contains the province's name inside a word (not regional).
const file = join(mkdtempSync(join(tmpdir(), 'nexus-bodies-')), 'kb.json');
writeFileSync(file, JSON.stringify([
  { id: 'zz', name: 'Zedland', type: 'StateBody', kind: 'country', country: 'ZZ' },
  { id: 'zz-region-vesk', name: 'Vesk', type: 'Location', kind: 'region', country: 'ZZ', parent: 'zz', aliases: ['Vesk Province'] },
  { id: 'zz-region-orla', name: 'Orla', type: 'Location', kind: 'region', country: 'ZZ', parent: 'zz' },
  { id: 'zz-veskan-guard', name: 'Veskan Guard', type: 'StateBody', kind: 'paramilitary-state', country: 'ZZ', parent: 'zz' },
  { id: 'zz-vesk-police', name: 'Vesk-Police', type: 'StateBody', kind: 'police', country: 'ZZ', parent: 'zz' },
  { id: 'zz-police', name: 'Zedland Police', type: 'StateBody', kind: 'police', country: 'ZZ', parent: 'zz' },
]));
const kb = loadKnowledgeBase({ bundled: false, files: [file] });

test('a province\'s force where the text is in that province, else the national one', () => {
  assert.equal(bodyOfCountry(kb, 'zz', 'police', new Map([['zz-region-vesk', 1]]))?.id, 'zz-vesk-police');
  assert.equal(bodyOfCountry(kb, 'zz', 'police', new Map([['zz-region-orla', 1]]))?.id, 'zz-police');
  assert.equal(bodyOfCountry(kb, 'zz', 'police')?.id, 'zz-police');
});

test('a province\'s name inside a longer word does not make a body regional', () => {
  // "Veskan Guard" is national: were it Vesk's, no province named in the text would leave the country without one.
  assert.equal(bodyOfCountry(kb, 'zz', 'paramilitary-state')?.id, 'zz-veskan-guard');
});
