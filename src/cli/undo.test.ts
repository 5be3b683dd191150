import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runCli } from '../testing/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-undo-'));
const db = join(dir, 'chad.db');
const root = new URL('../..', import.meta.url).pathname;
const nexus = (...args: string[]) => runCli([...args, '--db', db]);
let n = 0;
/** The whole graph as GraphML, as a user would export it to compare. */
async function exported(): Promise<string> {
  const file = join(dir, `graph-${++n}.graphml`);
  const r = await nexus('export', '--format', 'graphml', '-o', file);
  assert.equal(r.code, 0, r.err);
  return readFileSync(file, 'utf8');
}
const idOf = async (name: string) => JSON.parse((await nexus('actor', name, '--json')).out).id as string;

before(async () => {
  const r = await nexus('ingest', join(root, 'examples'), join(root, 'eval/own/lakechad_marte_base.txt'));
  assert.equal(r.code, 0, r.err);
});

test('merge, split and review are undone by `nexus undo`, and the exported graph is the one from before', async () => {
  const start = await exported();
  const merged = await nexus('merge', 'Boko Haram', 'ISWAP');
  assert.equal(merged.code, 0, merged.err);
  const mergeId = /undo with `nexus undo ([0-9a-f]+)`/.exec(merged.out)![1];
  assert.equal(await idOf('ISWAP'), await idOf('Boko Haram'));
  const afterMerge = await exported();
  assert.notEqual(afterMerge, start);

  // Either split form separates the two groups again.
  const split = await nexus('split', 'ISWAP', 'Boko Haram');
  assert.equal(split.code, 0, split.err);
  assert.notEqual(await idOf('ISWAP'), await idOf('Boko Haram'));
  assert.equal((await nexus('undo')).code, 0);
  assert.equal(await exported(), afterMerge, 'undoing the split gives the merged graph back');

  const edge = JSON.parse((await nexus('claims', '--assertions', '--actor', 'ISWAP', '--json')).out).assertions[0];
  const reviewed = await nexus('review', 'reject', edge.id);
  assert.equal(reviewed.code, 0, reviewed.err);
  const history = await nexus('history');
  assert.match(history.out, /^[0-9a-f]{10} .* review +rejected assertion .*\n[0-9a-f]{10} .* split +split "Boko Haram" off .*\(undone .*\)\n[0-9a-f]{10} .* merge +merged Islamic State West Africa Province .* into .*\n$/);
  const early = await nexus('undo', mergeId);
  assert.equal(early.code, 1);
  assert.match(early.err, /^nexus: [0-9a-f]+: a later decision depends on it: undo [0-9a-f]+ first \(rejected assertion/);
  assert.match((await nexus('undo')).out, /^undid [0-9a-f]+: rejected assertion/);
  assert.match((await nexus('undo', mergeId)).out, /^undid [0-9a-f]+: merged /);
  assert.equal(await exported(), start, 'after undoing the merge the graph is the one before it');
  const none = await nexus('undo');
  assert.deepEqual([none.code, none.err], [1, 'nexus: no decision to undo (see `nexus history`)\n']);
  assert.equal((await nexus('undo', 'zz')).code, 2);
});
