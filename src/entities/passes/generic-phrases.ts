import { entityWords } from '../../lang/en/index.js';
import { FOLLOWERS } from '../demonyms.js';
import type { EntityPass } from '../state.js';

/**
 * Lower-case phrases that name a state's forces without naming the state
 * ("junta soldiers", "government troops", "security forces"): candidates whose
 * body is chosen later (pass generic-bodies), once the document's countries
 * are known.
 */
export const genericPhrases: EntityPass = {
  id: 'generic-phrases',
  run(s) {
    const { tokens } = s.doc;
    const phrases = entityWords().genericPhrases;
    const firsts = new Set(phrases.map(([w]) => w[0]));
    s.doc.sentences.forEach((sent, si) => {
      for (let k = sent.first; k < sent.last; k++) {
        if (!firsts.has(tokens[k].norm) || s.covered[k]) continue;
        for (const [words, kinds] of phrases) {
          const follower = tokens[k + words.length];
          const modifier = follower && k + words.length < sent.last && follower.kind === 'word' && !follower.upper && !FOLLOWERS.test(follower.norm) && !/ed$/.test(follower.norm);
          if (words.every((w, j) => tokens[k + j]?.norm === w && !s.covered[k + j]) && k + words.length <= sent.last && !(words[0] === 'police' && modifier)) {
            // "Myanmar's military government" is already the country's; the phrase still names the body.
            s.cands.push({ first: k, last: k + words.length, how: 'description', titles: [], rule: 'entity/generic-body', sentence: si, generic: kinds });
            k += words.length - 1;
            break;
          }
        }
      }
    });
  },
};
