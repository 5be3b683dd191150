import type { ConlluSentence } from '../conllu/types.js';
import { trainLemmas } from '../lemma/train.js';
import type { ModelFile } from '../model/file.js';
import { modelFromFile, type ModelHeader, type NlpModel } from '../model/model.js';
import { seeded } from '../perceptron/random.js';
import type { ParserModel } from '../parser/parser.js';
import { trainParser } from '../parser/train.js';
import { Tagger } from '../tagger/tagger.js';
import { Parser } from '../parser/parser.js';
import { CountingScorer, DenseWeights, splitDense, splitSparse, Weights } from '../perceptron/hot.js';
import { tagOf, trainTagger } from '../tagger/train.js';
import { annotateConllu } from './annotate.js';
import { parseExample } from './examples.js';
import { scoreParses } from './score.js';

export interface TrainOptions {
  train: ConlluSentence[];
  dev: ConlluSentence[];
  seed: number;
  tagEpochs: number;
  parseEpochs: number;
  /** Folds for the jackknifed training tags. */
  folds: number;
  log: (line: string) => void;
  /** What the model file says about itself (treebank, licence). */
  about: Record<string, unknown>;
  /** Jackknifed training tags from an earlier run with the same tagger settings (to try parser settings faster). */
  jackknifed?: number[][];
  /** Features per table in the hot part (see withHotTables). */
  hotSize?: number;
  onJackknifed?: (tags: number[][]) => void;
  /** The parser's word dropout (see ParserTraining.wordDropout); 0 or absent: none. */
  wordDropout?: number;
  /** The parser's transition system puts the root after the words (see ParseState). */
  rootLast?: boolean;
}

/**
 * Trains the whole model, reproducibly from the seed (the same file with
 * or without reused jackknifed tags): the tagger; the
 * parser on jackknifed tags (each fold's tags predicted by a tagger that did
 * not see it, so the parser learns from tags as wrong as they will be in
 * use); the lemma exceptions. The parser epoch with the best LAS on dev is
 * kept (early stopping).
 */
export function trainModel(o: TrainOptions): { file: ModelFile; model: NlpModel } {
  // Each part draws from a stream of its own, so that a run reusing the
  // jackknifed tags (which skips the fold taggers) trains the same tagger
  // and parser, and writes the same file, as a run that makes them.
  const stream = (part: number) => seeded(o.seed + 7919 * part);
  const foldRandom = stream(0);
  const tagNames = [...new Set(o.train.flatMap((s) => s.words.map(tagOf)))].sort();
  const tagIndex = new Map(tagNames.map((t, i) => [t, i]));
  const uposNames = [...new Set(tagNames.map((t) => t.split(' ')[0]))];
  const coarse = tagNames.map((t) => uposNames.indexOf(t.split(' ')[0]));
  const labels = [...new Set(o.train.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const jack: number[][] = o.jackknifed ?? new Array(o.train.length);
  for (let f = 0; f < o.folds && !o.jackknifed; f++) {
    const m = trainTagger(o.train.filter((_, i) => i % o.folds !== f), { epochs: o.tagEpochs, random: foldRandom });
    const tagger = new Tagger(m);
    // A fold's tagger names its classes itself; map them onto the full list.
    o.train.forEach((s, i) => {
      if (i % o.folds === f) jack[i] = Array.from(tagger.tag(s.words.map((w) => w.form)), (c) => tagIndex.get(m.tags[c]) ?? 0);
    });
    o.log(`jackknife fold ${f + 1}/${o.folds} tagged`);
  }
  if (!o.jackknifed) o.onJackknifed?.(jack);
  const tagger = trainTagger(o.train, { epochs: o.tagEpochs, random: stream(3), log: o.log });
  if (tagger.tags.join() !== tagNames.join()) throw new Error('the tagger saw other tags than the treebank lists');
  const lemmas = trainLemmas(o.train);
  const counts = new Map<string, number>();
  for (const s of o.train) for (const w of s.words) { const l = w.form.toLowerCase(); counts.set(l, (counts.get(l) ?? 0) + 1); }
  const examples = o.train.map((s, i) => parseExample(s, jack[i], coarse, labelIndex, tagger.vocab, counts));

  const header = (p: ParserModel): ModelFile => ({
    header: {
      ...o.about,
      tags: tagNames,
      labels,
      dict: [...tagger.dict],
      lemmas: [...lemmas],
      vocab: [...tagger.vocab],
      ...(p.rootLast ? { rootLast: true } : {}),
    } satisfies ModelHeader,
    tables: { tagFirst: tagger.first, tagSecond: tagger.second, tagXpos: tagger.xpos, moves: p.moves, arcs: p.arcs },
  });
  let best: { las: number; file: ModelFile } | undefined;
  trainParser(examples, labels, {
    epochs: o.parseEpochs, random: stream(2), log: o.log,
    wordDropout: o.wordDropout ?? 0, dropoutRandom: stream(1), rootLast: o.rootLast ?? false,
    onEpoch: (epoch, average) => {
      const file = header(average());
      const model = modelFromFile(file);
      const s = scoreParses(o.dev, annotateConllu(o.dev, model));
      o.log(`  dev after epoch ${epoch + 1}: upos ${s.upos.toFixed(2)} uas ${s.uas.toFixed(2)} las ${s.las.toFixed(2)}`);
      if (!best || s.las > best.las) best = { las: s.las, file };
    },
  });
  const file = withHotTables(best!.file, o.train, o.hotSize ?? 1 << 15);
  o.log(`hot tables: the ${o.hotSize ?? 1 << 15} features most looked up on the training text, per table`);
  return { file, model: modelFromFile(file) };
}

/**
 * Splits each weight table into the features looked up most while tagging
 * and parsing the training text (kept in a small table probed first, which
 * stays in the CPU cache) and the rest: the same weights, read faster.
 */
export function withHotTables(file: ModelFile, sentences: ConlluSentence[], size: number): ModelFile {
  const t = file.tables;
  const counting = Object.fromEntries(Object.entries(t).map(([k, w]) => [k, new CountingScorer(w)])) as Record<string, CountingScorer>;
  const base = modelFromFile(file);
  const h = file.header as unknown as ModelHeader;
  const tagger = new Tagger({ tags: h.tags, first: counting.tagFirst as unknown as Weights, second: counting.tagSecond as unknown as Weights, xpos: counting.tagXpos as unknown as Weights, dict: new Map(h.dict), vocab: new Set(h.vocab) });
  const parser = new Parser({ labels: h.labels, rootLast: h.rootLast ?? false, moves: counting.moves as unknown as DenseWeights, arcs: counting.arcs as unknown as Weights });
  annotateConllu(sentences, { ...base, tagger, parser });
  const tables: ModelFile['tables'] = {};
  for (const [k, w] of Object.entries(t)) tables[k] = w instanceof DenseWeights ? splitDense(w, counting[k].counts, size) : splitSparse(w as Weights, counting[k].counts, size);
  return { header: file.header, tables };
}
