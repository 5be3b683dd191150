import type { NexusDocument } from '../core/index.js';
import { nameKey, spanText, type Resolved } from './build.js';

const PUBLICATION_NOUNS = new Set('report study paper book document dossier video film documentary statement communique communiqué audio message assessment bulletin'.split(' '));
const EVENT_NOUNS = new Set('event conference summit seminar webinar forum session meeting hearing symposium'.split(' '));
const OPEN = new Set(['“', '"', '‘']);
const CLOSE = new Set(['”', '"', '’']);

/**
 * Publications and events named by a quoted title: 'a report titled “The
 * Islamic State-Khorasan: Capacities and Future Prospects”', 'a side event on
 * “Human Rights Violation in Pakistan”'. The title is the name; later "this
 * report" refers back to it (see coref).
 */
export function findTitledWorks(doc: NexusDocument): Resolved[] {
  const { tokens } = doc;
  const out: Resolved[] = [];
  doc.sentences.forEach((s, si) => {
    for (let k = s.first; k < s.last; k++) {
      const t = tokens[k];
      const pub = PUBLICATION_NOUNS.has(t.norm), event = EVENT_NOUNS.has(t.norm);
      if (!pub && !event) continue;
      let j = k + 1;
      if (/^(titled|entitled|called|named|on|about)$/.test(tokens[j]?.norm ?? '')) j++;
      else if (tokens[j]?.text === ',' && /^(titled|entitled)$/.test(tokens[j + 1]?.norm ?? '')) j += 2;
      else continue;
      if (!OPEN.has(tokens[j]?.text ?? '')) continue;
      let q = j + 1;
      while (q < s.last && !CLOSE.has(tokens[q].text)) q++;
      // The closing quote may follow a comma inside the title ("Pakistan,”").
      let end = q;
      while (end > j + 1 && /^[,.;:]$/.test(tokens[end - 1].text)) end--;
      if (q >= s.last || end - (j + 1) < 2 || !tokens[j + 1].upper) continue;
      out.push({ first: j + 1, last: end, how: 'name', titles: [], rule: pub ? 'entity/titled-publication' : 'entity/titled-event', sentence: si, type: pub ? 'Publication' : 'Event', groupKey: `work:${nameKey(spanText(doc, tokens, j + 1, end))}` });
      k = q;
    }
  });
  return out;
}
