import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isCommonWord } from '../nlp/lexicon.js';
import { checkEntries, countsTable, type KbFile } from './check.js';
import { KB_DIR, loadKnowledgeBase, readKbFile } from './load.js';
import { KB_REGIONS } from './regions.js';
import type { KbEntry } from './types.js';

function bundled(): KbFile[] {
  const walk = (d: string): string[] => readdirSync(d).sort().flatMap((f) => {
    const p = join(d, f);
    return statSync(p).isDirectory() ? walk(p) : f.endsWith('.json') && f !== 'schema.json' ? [p] : [];
  });
  return walk(KB_DIR).map((f) => ({ file: relative(KB_DIR, f), entries: readKbFile(f) }));
}

test('the bundled knowledge base passes every check, each entry with a region', () => {
  const files = bundled();
  const report = checkEntries(files, isCommonWord);
  assert.deepEqual(report.errors, []);
  const all = files.flatMap((f) => f.entries);
  assert.equal(all.filter((e) => !e.region).length, 0);
  assert.equal(report.counts.get('none')!.get('ArmedGroup'), 0);
  // Issue 12 asks for at least 600 armed groups, across the regions it names.
  assert.ok(all.filter((e) => e.type === 'ArmedGroup').length >= 600);
  for (const region of ['sahel', 'lake-chad', 'horn-of-africa', 'great-lakes', 'levant', 'iraq', 'af-pak', 'india-northeast', 'myanmar', 'russia-ukraine'] as const) {
    assert.ok(report.counts.get(region)!.get('ArmedGroup')! >= 3, `${region} has armed groups`);
  }
});

test('a name two groups share sits on both, in different regions', () => {
  const all = bundled().flatMap((f) => f.entries);
  const named = all.filter((e) => e.type === 'ArmedGroup' && [e.name, ...(e.aliases ?? [])].includes('al-Shabaab'));
  assert.deepEqual(named.map((e) => [e.id, e.region]).sort(), [['al-shabaab', 'horn-of-africa'], ['is-mozambique', 'southern-africa']]);
});

test('every UN member state has a capital city, a demonym and its main bodies', () => {
  const all = bundled().flatMap((f) => f.entries);
  const byId = new Map(all.map((e) => [e.id, e]));
  const countries = all.filter((e) => e.kind === 'country');
  assert.ok(countries.length >= 193);
  for (const c of countries) {
    assert.equal(byId.get(c.capital ?? '')?.kind, 'city', `${c.id} capital`);
    assert.ok(c.demonyms?.length, `${c.id} demonyms`);
    const bodies = all.filter((e) => e.type === 'StateBody' && e.country === c.id.toUpperCase() && e.id !== c.id);
    assert.ok(bodies.some((b) => b.kind === 'government'), `${c.id} government`);
    assert.ok(bodies.some((b) => b.kind === 'ministry' && /foreign|external|state department|global affairs/i.test(`${b.name} ${b.aliases?.join(' ')}`)), `${c.id} foreign ministry`);
  }
});

test('the regions in code are the schema\'s', () => {
  const schema = JSON.parse(readFileSync(join(KB_DIR, 'schema.json'), 'utf8'));
  assert.deepEqual(schema.$defs.region.enum, [...KB_REGIONS]);
});

const entry = (e: Partial<KbEntry> & { id: string }): KbEntry => ({ name: e.id, type: 'ArmedGroup', ...e });

test('the check names the file and entry of each problem', () => {
  const files: KbFile[] = [
    { file: 'armed-groups/sahel.json', entries: [
      entry({ id: 'front', region: 'sahel', parent: 'ghost' }),
      entry({ id: 'wing', region: 'levant', parent: 'front' }),
      entry({ id: 'nameless' }),
      entry({ id: 'town-branch', region: 'sahel', parent: 'town' }),
      entry({ id: 'plain', region: 'sahel', aliases: ['the militants', 'Islamic State in the Sahel'] }),
      entry({ id: 'a', region: 'sahel', parent: 'b' }),
      entry({ id: 'b', region: 'sahel', parent: 'a' }),
    ] },
    { file: 'states/sahel.json', entries: [
      { id: 'town', name: 'Town', type: 'Location', kind: 'city', region: 'sahel' },
      { id: 'front', name: 'Front', type: 'ArmedGroup', region: 'sahel' },
    ] },
  ];
  const { errors } = checkEntries(files, isCommonWord);
  assert.deepEqual(errors, [
    'states/sahel.json: id front already defined in armed-groups/sahel.json',
    'armed-groups/sahel.json: front.parent -> unknown id ghost',
    'armed-groups/sahel.json: wing has region levant but sits in the file of sahel',
    'armed-groups/sahel.json: nameless has no region',
    'armed-groups/sahel.json: town-branch.parent -> town is a Location (city), not a ArmedGroup',
    'armed-groups/sahel.json: plain: alias "the militants" is ordinary lower-case English',
    'armed-groups/sahel.json: a: parent chain loops through a',
    'armed-groups/sahel.json: b: parent chain loops through b',
  ]);
});

test('counts come per region and type, with a total', () => {
  const report = checkEntries([{ file: 'x.json', entries: [
    entry({ id: 'g1', region: 'myanmar' }), entry({ id: 'g2', region: 'myanmar' }),
    { id: 'c', name: 'C', type: 'StateBody', kind: 'country', region: 'myanmar' },
    entry({ id: 'g3', region: 'global' }),
  ] }], isCommonWord);
  const table = countsTable(report);
  assert.match(table, /^\| myanmar \| 2 \| 1 \| 0 \| 0 \| 0 \| 3 \|$/m);
  assert.match(table, /^\| global \| 1 \| 0 \| 0 \| 0 \| 0 \| 1 \|$/m);
  assert.match(table, /^\| \*\*all\*\* \| 3 \| 1 \| 0 \| 0 \| 0 \| 4 \|$/m);
  assert.doesNotMatch(table, /\| sahel \|/);
});

test('a user file may leave out the region, but not give an unknown one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexus-kb-'));
  const ok = join(dir, 'mine.json');
  writeFileSync(ok, JSON.stringify([{ id: 'sahel-vigilantes', name: 'Koglweogo', type: 'ArmedGroup', kind: 'militia', country: 'BF' }]));
  assert.equal(loadKnowledgeBase({ bundled: false, files: [ok] }).get('sahel-vigilantes')?.region, undefined);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify([{ id: 'x', name: 'X', type: 'ArmedGroup', region: 'atlantis' }]));
  assert.throws(() => loadKnowledgeBase({ bundled: false, files: [bad] }), (e: Error & { subject?: string }) => e.name === 'KbInvalid' && e.subject === bad && /entry 0\.region/.test(e.message));
});
