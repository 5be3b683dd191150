import Database from 'better-sqlite3';
const db = new Database(process.argv[2], { readonly: true });
const rows = db.prepare(`select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc`).all() as any[];
const docs = (db.prepare('select count(*) n, sum(length(text)) t from documents').get() as any);
let total = 0; for (const r of rows) total += r.bytes;
console.log(`docs ${docs.n} text ${docs.t} total ${total} ratio ${(total/docs.t).toFixed(1)}`);
for (const r of rows) console.log(r.name.padEnd(40), (r.bytes/docs.n).toFixed(0));
