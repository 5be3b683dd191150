#!/usr/bin/env node
// Checker for the coreference yardstick in this directory (or a directory given as argv[2]).
// Errors (exit 1): schema problems, spans that do not slice back, unknown antecedents,
// out-of-order/overlapping references, text length outside 800..2000, kind mismatches,
// unannotated third-person pronouns, unannotated we/us/our inside quotations,
// first-person plural annotated outside quotations, unannotated bare surnames,
// implausible pronoun/antecedent type combinations.
// Warnings: aliases/names not found in the text, lower-case definite descriptions with an
// actor-like head noun that are not annotated (to be reviewed by hand).
const fs = require('fs');
const path = require('path');
const dir = path.resolve(process.argv[2] || __dirname);
const TYPES = new Set(['Person', 'ArmedGroup', 'StateBody', 'Organization', 'Location']);
const KINDS = new Set(['pronoun', 'description', 'surname']);
const P3 = ['he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their'];
const P1 = ['we', 'us', 'our'];
const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her']);
const NONPERSON = new Set(['it', 'its']);
const HEADS = 'group|outfit|militants|insurgents|rebels|guerrillas|jihadists|dissidents|militias?|network|faction|movement|agency|ministry|army|military|police|service|office|authority|council|junta|mission|force|government|spokesman|spokeswoman|commander|cleric|sheikh|colonel|general|mayor|governor|minister|official|suspect|detainee|attackers|assailants|gunmen|fighters|town|city|capital|province|state|region|lake|hospital|driver|man|woman';
const wordRe = (words) => new RegExp(`(?<![\\p{L}\\p{N}_])(${words.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
let errors = 0, warnings = 0;
const err = (f, m) => { errors++; console.log(`ERROR ${f}: ${m}`); };
const warn = (f, m) => { warnings++; console.log(`warn  ${f}: ${m}`); };
const totals = { pronoun: 0, description: 0, surname: 0 }; let totalHard = 0, totalNull = 0, totalRefs = 0;
const files = fs.readdirSync(dir).filter(f => f.endsWith('.coref.json')).sort();
if (!files.length) { console.log('no .coref.json files in ' + dir); process.exit(1); }
for (const jf of files) {
  const name = jf.replace(/\.coref\.json$/, '');
  const tf = path.join(dir, name + '.txt');
  if (!fs.existsSync(tf)) { err(name, 'missing .txt'); continue; }
  const text = fs.readFileSync(tf, 'utf8');
  let data;
  try { data = JSON.parse(fs.readFileSync(path.join(dir, jf), 'utf8')); } catch (e) { err(name, 'bad JSON: ' + e.message); continue; }
  if (text.length < 800 || text.length > 2000) err(name, `text length ${text.length} outside 800..2000`);
  if (!Array.isArray(data.entities) || !Array.isArray(data.references)) { err(name, 'entities/references must be arrays'); continue; }
  const ents = new Map();
  for (const e of data.entities) {
    if (typeof e.name !== 'string' || !e.name) { err(name, 'entity without name'); continue; }
    if (ents.has(e.name)) err(name, `duplicate entity ${e.name}`);
    if (!TYPES.has(e.type)) err(name, `entity ${e.name}: bad type ${e.type}`);
    if (!Array.isArray(e.aliases) || e.aliases.some(a => typeof a !== 'string')) err(name, `entity ${e.name}: aliases must be string array`);
    ents.set(e.name, e);
    if (!text.includes(e.name)) warn(name, `entity name "${e.name}" not found verbatim in text`);
    for (const a of e.aliases || []) if (!text.includes(a)) warn(name, `alias "${a}" of ${e.name} not found in text`);
  }
  // quotation spans (straight double quotes)
  const quotes = []; { let open = -1; for (let i = 0; i < text.length; i++) if (text[i] === '"') { if (open < 0) open = i; else { quotes.push([open, i]); open = -1; } } if (open >= 0) err(name, 'unbalanced double quotes'); }
  const inQuote = (s) => quotes.some(([a, b]) => s > a && s < b);
  let prevEnd = -1; const covered = [];
  for (const [k, r] of data.references.entries()) {
    const where = `ref #${k} "${r.text}"@${r.start}`;
    if (typeof r.text !== 'string' || !Number.isInteger(r.start) || !Number.isInteger(r.end)) { err(name, `${where}: bad fields`); continue; }
    if (text.slice(r.start, r.end) !== r.text) err(name, `${where}: slice gives "${text.slice(r.start, r.end)}"`);
    if (r.start < prevEnd) err(name, `${where}: out of order or overlapping`);
    prevEnd = r.end; covered.push([r.start, r.end]);
    if (!KINDS.has(r.kind)) err(name, `${where}: bad kind ${r.kind}`);
    if (!('antecedent' in r)) err(name, `${where}: missing antecedent`);
    const ante = r.antecedent;
    if (ante !== null && !ents.has(ante)) err(name, `${where}: antecedent "${ante}" is not an entity`);
    const low = r.text.toLowerCase();
    const isPron = P3.includes(low) || P1.includes(low);
    if (r.kind === 'pronoun' && !isPron) err(name, `${where}: kind pronoun but not a pronoun`);
    if (r.kind !== 'pronoun' && isPron) err(name, `${where}: pronoun text with kind ${r.kind}`);
    if (r.kind === 'description' && !/^the\s/i.test(r.text)) err(name, `${where}: description should be a definite NP`);
    const et = ante && ents.get(ante) ? ents.get(ante).type : null;
    if (r.kind === 'surname') {
      if (!et || et !== 'Person') err(name, `${where}: surname must resolve to a Person`);
      else { const e = ents.get(ante); if (!(e.aliases || []).includes(r.text) && !e.name.toLowerCase().endsWith(low)) err(name, `${where}: surname not part of ${ante}`); }
    }
    if (PERSONAL.has(low) && et && et !== 'Person') err(name, `${where}: personal pronoun resolved to ${et}`);
    if (NONPERSON.has(low) && et === 'Person') err(name, `${where}: "it/its" resolved to a Person`);
    if (P1.includes(low) && !inQuote(r.start)) err(name, `${where}: first-person plural outside quotation`);
    totals[r.kind] = (totals[r.kind] || 0) + 1; totalRefs++;
    if (r.hard) totalHard++;
    if (ante === null) totalNull++;
  }
  const isCovered = (s, e) => covered.some(([a, b]) => s >= a && e <= b);
  for (const m of text.matchAll(wordRe(P3))) if (!isCovered(m.index, m.index + m[0].length)) err(name, `unannotated pronoun "${m[0]}"@${m.index}: ...${text.slice(Math.max(0, m.index - 30), m.index + 20).replace(/\n/g, ' ')}...`);
  for (const m of text.matchAll(wordRe(P1))) if (inQuote(m.index) && !isCovered(m.index, m.index + m[0].length)) err(name, `unannotated quoted "${m[0]}"@${m.index}`);
  // bare surnames: person aliases that are a proper suffix of the canonical name
  for (const e of data.entities.filter(e => e.type === 'Person')) {
    const fullForms = [e.name, ...(e.aliases || []).filter(a => a.length > 0 && a.includes(e.name))];
    const surnames = (e.aliases || []).filter(a => e.name.toLowerCase().endsWith(a.toLowerCase()) && a.length < e.name.length);
    const fullSpans = []; for (const ff of fullForms) { let i = -1; while ((i = text.indexOf(ff, i + 1)) >= 0) fullSpans.push([i, i + ff.length]); }
    const first = fullSpans.length ? Math.min(...fullSpans.map(s => s[0])) : -1;
    for (const sn of surnames) {
      const esc = sn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_-])${esc}(?![\\p{L}\\p{N}_-])`, 'giu'))) {
        const s = m.index, en = s + m[0].length;
        if (fullSpans.some(([a, b]) => s >= a && en <= b)) continue;
        if (first < 0 || s < first) { warn(name, `surname "${m[0]}"@${s} before any full mention`); continue; }
        if (!covered.some(([a, b]) => a === s && b === en)) err(name, `unannotated surname "${m[0]}"@${s}`);
      }
    }
  }
  // candidate descriptions not annotated (lower-case modifiers only)
  const descRe = new RegExp(`(?<![\\p{L}])[Tt]he((?:\\s+(?!(?:of|on|in|into|to|at|for|with|by|from|a|an|and|or)\\b)[a-z][\\w'-]*){0,3}?)\\s+(${HEADS})(?![\\p{L}\\p{N}_])`, 'gu');
  for (const m of text.matchAll(descRe)) if (!covered.some(([a, b]) => m.index >= a && m.index < b)) warn(name, `unannotated description? "${m[0]}"@${m.index}`);
}
console.log(`\n${files.length} files, ${totalRefs} references: ` + Object.entries(totals).map(([k, v]) => `${k}=${v}`).join(', ') + `; hard=${totalHard}; antecedent null=${totalNull}`);
console.log(`${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
