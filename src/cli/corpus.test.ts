import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runCli } from '../testing/cli.js';
import { asText, KIVU, SYNDICATED } from '../testing/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'nexus-corpus-'));
const db = join(dir, 'kivu.db');
const nexus = (...args: string[]) => runCli([...args, '--db', db]);
const json = async (...args: string[]) => { const r = await nexus(...args, '--json'); assert.equal(r.code, 0, r.err); return JSON.parse(r.out); };

before(async () => {
  mkdirSync(join(dir, 'kivu'));
  for (const a of [...KIVU, SYNDICATED]) writeFileSync(join(dir, 'kivu', `${a.name}.txt`), asText(a));
  const r = await nexus('ingest', join(dir, 'kivu'));
  assert.equal(r.code, 0, r.err);
});

test('actors lists merged actors with their aliases; filters by type and name', async () => {
  const actors = (await json('actors')).actors;
  const yak = actors.find((a: any) => a.name === 'Mai-Mai Yakutumba');
  assert.equal(yak.documents, 4);
  assert.ok(yak.aliases.includes('Yakutumba'));
  assert.deepEqual(((await json('actors', '--type', 'person')).actors).map((a: any) => a.name), ['Jean-Marie Kasongo']);
  const text = await nexus('actors', '--name', 'yakut');
  assert.match(text.out, /^NAME\s+TYPE\s+DOCS\s+CLAIMS\s+ALSO KNOWN AS\nMai-Mai Yakutumba\s+ArmedGroup\s+4\s+\d+\s+Yakutumba/);
  assert.equal((await nexus('actors', '--type', 'Robot')).code, 2);
});

test('actor NAME: any alias in any case; names with where they were seen; claims by predicate with sources and credibility', async () => {
  const a = await json('actor', 'yakutumba');
  assert.equal(a.name, 'Mai-Mai Yakutumba');
  assert.ok(a.names.some((n: any) => n.name === 'Yakutumba' && n.count >= 2 && n.documents.length === n.count));
  const funds = a.outgoing.find((x: any) => x.predicate === 'FUNDS' && x.polarity === 'positive');
  // Harbour Times (and its syndicated copy on River Wire) and Great Lakes Monitor state it; the denial does not count for it.
  assert.equal(funds.independentSources, 2);
  assert.equal(funds.documents.length, 3);
  assert.ok(funds.credibility.steps.length >= 2);
  const text = await nexus('actor', 'MAI-MAI YAKUTUMBA');
  assert.match(text.out, /Claims by this actor \(\d+\)\n {2}ALLY_OF[^]*FUNDS\n {4}Mai-Mai Yakutumba FUNDS Twirwaneho\n.*3 document\(s\), 2 independent source\(s\)/);
  const missing = await nexus('actor', 'Nobody Group');
  assert.equal(missing.code, 1);
  assert.equal(missing.err, 'nexus: Nobody Group: no actor has this name or alias (try `nexus actors --name ...`)\n');
});

test('an ambiguous name lists the candidates instead of guessing; an id picks one', async () => {
  const d2 = join(dir, 'amb.db');
  writeFileSync(join(dir, 'colonel.txt'), 'date 2024-01-01\n\nArmy spokesman speaks\n\nColonel Jean-Marie Kasongo, a Congolese army spokesman, said troops had arrived. Kasongo said the army attacked Twirwaneho positions.\n');
  writeFileSync(join(dir, 'town.txt'), 'date 2024-01-02\n\nClashes in Maniema\n\nMai-Mai fighters attacked a police post in Kasongo, a town in Maniema province, officials said.\n');
  await runCli(['ingest', join(dir, 'colonel.txt'), join(dir, 'town.txt'), '--db', d2]);
  const r = await runCli(['actor', 'kasongo', '--db', d2]);
  assert.equal(r.code, 1);
  assert.match(r.err, /^nexus: kasongo: names 2 actors: (Jean-Marie Kasongo \[Person\] id [0-9a-f-]{36}; Kasongo \[Location\]|Kasongo \[Location\] id [0-9a-f-]{36}; Jean-Marie Kasongo \[Person\]) id [0-9a-f-]{36}\. Use one of the ids\.\n$/);
  const id = /Kasongo \[Location\] id ([0-9a-f-]{36})/.exec(r.err)![1];
  assert.equal(JSON.parse((await runCli(['actor', id, '--db', d2, '--json'])).out).type, 'Location');
});

test('claims filter by subject, predicate, source, dates and modality; --assertions groups them', async () => {
  const funds = (await json('claims', '--subject', 'Yakutumba', '--predicate', 'funds')).claims;
  assert.ok(funds.length >= 3 && funds.every((c: any) => c.predicate === 'FUNDS' && c.subject.name === 'Mai-Mai Yakutumba'));
  const lakeside = (await json('claims', '--source', 'lakeside post')).claims;
  assert.ok(lakeside.length > 0 && lakeside.every((c: any) => c.publisher === 'Lakeside Post'));
  const april = (await json('claims', '--from', '2024-04-01')).claims;
  assert.ok(april.every((c: any) => (c.eventDate ?? c.published) >= '2024-04'));
  const reported = (await json('claims', '--modality', 'reported')).claims;
  assert.ok(reported.length > 0 && reported.every((c: any) => c.modality === 'reported'));
  const grouped = (await json('claims', '--assertions', '--predicate', 'FUNDS')).assertions;
  assert.ok(grouped.every((a: any) => a.claims.length >= 1 && a.sources.length === a.independentSources));
  assert.equal((await nexus('claims', '--predicate', 'LIKES')).code, 2);
  const text = await nexus('claims', '--predicate', 'ALLY_OF');
  assert.match(text.out, /^2024-04-02 {2}Mai-Mai Yakutumba ALLY_OF Armed Forces of the Democratic Republic of the Congo {2}\(reported; Great Lakes Monitor\)\n {12}"Yakutumba is allied with the Congolese army" {2}\[[0-9a-f]{64}:c\d+\]/);
});

test('path, timeline, contradictions, search and sources answer from the corpus', async () => {
  const paths = await json('path', 'Congolese army', 'Yakutumba');
  assert.deepEqual(paths.map((p: any) => p.hops.length), [1, 2], 'the alliance, then the army attacking the group Yakutumba funds');
  assert.equal(paths[1].hops[1].predicate, 'FUNDS');
  assert.match((await nexus('path', 'kasongo', 'Yakutumba')).out, /^Path 1 \(2 hops\)\n {2}Jean-Marie Kasongo ACCUSED Twirwaneho/, 'the surname the documents use for him is an alias');
  const path = await nexus('path', 'Congolese army', 'Yakutumba');
  assert.match(path.out, /^Path 1 \(1 hop\)\n {2}Mai-Mai Yakutumba ALLY_OF Armed Forces of the Democratic Republic of the Congo {2}\[1 source\(s\), credibility \d\]\n {4}"Yakutumba is allied with the Congolese army" \(Great Lakes Monitor, 2024-04-02\)\n\nPath 2 \(2 hops\)/);
  const timeline = (await json('timeline', 'Twirwaneho')).claims;
  const dates = timeline.map((c: any) => c.eventDate ?? c.published);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal(dates[0], '2022');
  const contradictions = await nexus('contradictions');
  assert.match(contradictions.out, /Contradiction \d: FUNDS stated and denied/);
  assert.match(contradictions.out, /against\n {2}Mai-Mai Yakutumba NOT FUNDS Twirwaneho/);
  const hits = await json('search', 'never', 'given', 'money');
  assert.ok(hits.some((h: any) => h.publisher === 'Lakeside Post' && /\[never\]/i.test(h.snippet)));
  const sources = await nexus('sources');
  assert.match(sources.out, /SOURCE\s+KIND\s+GRADE\s+DOCS\s+CLAIMS\s+FIRST\s+LAST/);
  assert.match(sources.out, /Harbour Times\s+publisher\s+-\s+1/);
});

test('source grade, merge, split and review change what the queries show', async () => {
  const before = (await json('actor', 'Yakutumba')).outgoing.find((x: any) => x.predicate === 'FUNDS' && x.polarity === 'positive').credibility.score;
  assert.match((await nexus('source', 'grade', 'Harbour Times', 'a')).out, /Harbour Times: graded A/);
  assert.equal((await nexus('source', 'grade', 'Harbour Times', 'Z')).code, 2);
  const after = (await json('actor', 'Yakutumba')).outgoing.find((x: any) => x.predicate === 'FUNDS' && x.polarity === 'positive');
  assert.ok(after.credibility.score > before);
  assert.ok(after.credibility.steps.some((s: string) => /graded A/.test(s)));

  const denial = ((await json('claims', '--subject', 'Yakutumba', '--predicate', 'FUNDS')).claims).find((c: any) => c.polarity === 'negative');
  assert.match((await nexus('review', 'reject', denial.id)).out, /rejected/);
  assert.doesNotMatch((await nexus('contradictions')).out, /FUNDS stated and denied/);
  const reingest = await nexus('ingest', join(dir, 'kivu'), '--refresh');
  assert.equal(reingest.code, 0, reingest.err);
  assert.doesNotMatch((await nexus('contradictions')).out, /FUNDS stated and denied/, 'the rejection survives re-ingest');
  await nexus('review', 'clear', denial.id);
  assert.match((await nexus('contradictions')).out, /FUNDS stated and denied/);
  assert.equal((await nexus('review', 'reject', 'not-an-id')).code, 2);
  const pending = await nexus('review');
  assert.match(pending.out, /credibility \d \(score/);

  assert.match((await nexus('merge', 'Twirwaneho', 'Jean-Marie Kasongo')).out, /^merged Jean-Marie Kasongo \([0-9a-f-]{36}\) into Twirwaneho/);
  assert.equal((await json('actor', 'jean-marie kasongo')).name, 'Twirwaneho');
  assert.match((await nexus('split', 'Twirwaneho', 'Jean-Marie Kasongo')).out, /^split "Jean-Marie Kasongo" off Twirwaneho: now actor [0-9a-f-]{36}/);
  assert.equal((await json('actor', 'jean-marie kasongo')).name, 'Jean-Marie Kasongo');
  await nexus('ingest', join(dir, 'kivu'), '--refresh');
  assert.equal((await json('actor', 'jean-marie kasongo')).name, 'Jean-Marie Kasongo', 'the split survives re-ingest');
});

test('a list cut by --limit says how many there are, on standard error and in --json', async () => {
  const all = (await json('actors', '--limit', '0')).actors.length;
  assert.ok(all > 3);
  const cut = await nexus('actors', '--limit', '2');
  assert.equal(cut.out.trim().split('\n').length, 3, 'a header and two actors');
  assert.equal(cut.err, `showing 2 of ${all} actors (use --limit N, or --limit 0 for all)\n`);
  const asJson = await nexus('actors', '--limit', '2', '--json');
  assert.deepEqual([JSON.parse(asJson.out).total, JSON.parse(asJson.out).shown, JSON.parse(asJson.out).actors.length], [all, 2, 2]);
  const claims = (await json('claims', '--limit', '0')).claims.length;
  const one = await nexus('claims', '--limit', '1', '--json');
  assert.deepEqual([JSON.parse(one.out).total, JSON.parse(one.out).claims.length], [claims, 1]);
  assert.equal(one.err, `showing 1 of ${claims} claims (use --limit N, or --limit 0 for all)\n`);
  assert.match((await nexus('timeline', '--limit', '3')).err, new RegExp(`^showing 3 of ${claims} claims`));
  assert.equal((await nexus('actors')).err, '', 'nothing is said when everything is shown');
});
