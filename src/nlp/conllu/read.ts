import { NexusError } from '../../core/index.js';
import type { ConlluSentence } from './types.js';

/**
 * Reads CoNLL-U text. Empty nodes (ids like 5.1) are dropped, since they take
 * no part in the basic tree; multi-word token lines are kept apart. A line
 * that is not ten columns, or a head outside its sentence, is an error that
 * names the line.
 */
export function readConllu(text: string, file = 'input'): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { comments: [], words: [], multiword: [] };
  const lines = text.split(/\r?\n/);
  const flush = (line: number) => {
    if (cur.words.length === 0 && cur.comments.length === 0) return;
    for (const w of cur.words) {
      if (w.head < 0 || w.head > cur.words.length) throw new NexusError('InputInvalid', `${file}:${line}: head ${w.head} is outside its sentence of ${cur.words.length} words`, { subject: file });
    }
    if (cur.words.length) out.push(cur);
    cur = { comments: [], words: [], multiword: [] };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') { flush(i + 1); continue; }
    if (line.startsWith('#')) { cur.comments.push(line); continue; }
    const c = line.split('\t');
    if (c.length !== 10) throw new NexusError('InputInvalid', `${file}:${i + 1}: a CoNLL-U line has 10 tab-separated columns, this one has ${c.length}`, { subject: file });
    const id = c[0];
    if (id.includes('.')) continue;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) { cur.multiword.push({ first: +range[1], last: +range[2], form: c[1], misc: c[9] }); continue; }
    if (!/^\d+$/.test(id)) throw new NexusError('InputInvalid', `${file}:${i + 1}: "${id}" is not a word id`, { subject: file });
    const head = c[6] === '_' ? 0 : Number(c[6]);
    cur.words.push({ form: c[1], lemma: c[2], upos: c[3], xpos: c[4], feats: c[5], head: Number.isFinite(head) ? head : 0, deprel: c[7], misc: c[9] });
  }
  flush(lines.length);
  return out;
}
