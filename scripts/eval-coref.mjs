#!/usr/bin/env node
// Scores reference resolution on a coreference yardstick (eval/coref, see its README).
//
//   node scripts/eval-coref.mjs [DIR] [--cmd 'COMMAND {files}'] [--json]
//
// Every reference in DIR/NAME.coref.json names its antecedent entity (or null).
// The extractor (by default `node bin/nexus.js extract {files} --json`, one JSON
// object per line) is run once over all texts; for each reference the scorer
// takes the mention the extractor made over that span (the one overlapping it
// most). A resolution is right when that mention's entity has the antecedent's
// name or one of its aliases among its own name and aliases (normalised as
// ../shared/eval/score.mjs does); a null antecedent is right when no mention
// covers the span. Only totals per document and per kind are printed: the texts
// are a yardstick, not material to tune on.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv.splice(i, 2)[1] : undefined; };
const flag = (name) => { const i = argv.indexOf(name); if (i >= 0) argv.splice(i, 1); return i >= 0; };
const cmd = opt('--cmd') ?? 'node bin/nexus.js extract {files} --json';
const asJson = flag('--json');
const dir = resolve(argv[0] ?? 'eval/coref');
if (!existsSync(dir)) fail(`${dir}: no such directory`);
const names = readdirSync(dir).filter((f) => f.endsWith('.coref.json')).map((f) => basename(f, '.coref.json')).sort()
  .filter((n) => existsSync(join(dir, `${n}.txt`)));
if (!names.length) fail(`${dir}: no NAME.txt with NAME.coref.json`);

const quote = (p) => `'${p.replaceAll("'", "'\\''")}'`;
const started = process.hrtime.bigint();
let out;
try {
  out = execSync(cmd.replace('{files}', names.map((n) => quote(join(dir, `${n}.txt`))).join(' ')), { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
} catch (e) {
  fail(`the extractor failed: ${String(e.message).split('\n')[0]}`);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const lines = out.split('\n').filter((l) => l.trim());
if (lines.length !== names.length) fail(`expected ${names.length} JSON lines from the extractor, got ${lines.length}`);

const normalize = (s) => String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/'s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/^the /, '');
const keysOf = (e) => new Set([e.name, ...(e.aliases ?? [])].map(normalize).filter(Boolean));

const rows = [];
const byKind = new Map();
// Per kind: right, wrong (another entity), missed (none made for a named antecedent), spurious (made for a null one).
const count = (key, right, outcome) => {
  const c = byKind.get(key) ?? { n: 0, right: 0, wrong: 0, missed: 0, spurious: 0 };
  c.n++;
  if (right) c.right++; else c[outcome]++;
  byKind.set(key, c);
};
names.forEach((name, i) => {
  const gold = JSON.parse(readFileSync(join(dir, `${name}.coref.json`), 'utf8'));
  const pred = JSON.parse(lines[i]);
  const goldEntities = new Map(gold.entities.map((e) => [e.name, keysOf(e)]));
  const mentions = (pred.entities ?? []).flatMap((e) => (e.mentions ?? []).map((m) => ({ ...m, keys: keysOf(e) })));
  let right = 0;
  for (const r of gold.references) {
    let best, overlap = 0;
    for (const m of mentions) {
      const o = Math.min(m.end, r.end) - Math.max(m.start, r.start);
      if (o > overlap) { best = m; overlap = o; }
    }
    let ok;
    if (r.antecedent === null) ok = !best;
    else {
      const want = goldEntities.get(r.antecedent) ?? new Set([normalize(r.antecedent)]);
      ok = !!best && [...want].some((k) => best.keys.has(k));
    }
    if (ok) right++;
    const outcome = r.antecedent === null ? 'spurious' : best ? 'wrong' : 'missed';
    count(r.kind, ok, outcome);
    if (r.antecedent === null) count('antecedent null', ok, outcome);
    if (r.hard) count('hard (nearest candidate wrong)', ok, outcome);
  }
  rows.push({ name, references: gold.references.length, right });
});
const total = rows.reduce((a, r) => ({ n: a.n + r.references, right: a.right + r.right }), { n: 0, right: 0 });
const acc = (c) => (c.n ? c.right / c.n : 0);

if (asJson) {
  console.log(JSON.stringify({ documents: rows, kinds: Object.fromEntries([...byKind].map(([k, c]) => [k, { ...c, accuracy: acc(c) }])), overall: { ...total, accuracy: acc(total) }, seconds }, null, 2));
} else {
  const w = Math.max(...rows.map((r) => r.name.length), 30);
  console.log(`${'document'.padEnd(w)}  refs  right  accuracy`);
  for (const r of rows) console.log(`${r.name.padEnd(w)}  ${String(r.references).padStart(4)}  ${String(r.right).padStart(5)}  ${acc({ n: r.references, right: r.right }).toFixed(3)}`);
  console.log('');
  console.log(`${'kind'.padEnd(w)}  refs  right  accuracy  wrong  missed  spurious`);
  for (const [k, c] of byKind) console.log(`${k.padEnd(w)}  ${String(c.n).padStart(4)}  ${String(c.right).padStart(5)}  ${acc(c).toFixed(3).padStart(8)}  ${String(c.wrong).padStart(5)}  ${String(c.missed).padStart(6)}  ${String(c.spurious).padStart(8)}`);
  console.log(`${'OVERALL'.padEnd(w)}  ${String(total.n).padStart(4)}  ${String(total.right).padStart(5)}  ${acc(total).toFixed(3)}`);
  console.log(`coref: accuracy=${acc(total).toFixed(3)} references=${total.n} documents=${rows.length} seconds=${seconds.toFixed(1)}`);
}

function fail(message) {
  console.error(`eval-coref: ${message}`);
  process.exit(2);
}
