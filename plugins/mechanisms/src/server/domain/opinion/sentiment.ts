// Lexicon-based sentiment of a Chinese text, with negation, degree adverbs and contrast.
//
// 1. The text is segmented with jieba and split into clauses at punctuation.
// 2. Each sentiment word (lexicon.ts) scores its weight, modified by the negators and degree
//    adverbs that precede it in its clause (at most 3 words back, and never across another
//    sentiment word):
//      - no negator: weight × degree                        很满意 → 2 × 1.5
//      - negator(s) only or after the degree: weight × degree × (−1)ⁿ   很不满意 → −3, 不违规 → +1
//      - a negator before a degree adverb (partial negation): −0.5 × weight   不太好 → −0.5
//      - two negators (不是不满意): the flipped-back score is halved.
//    A compound token jieba keeps whole (非常感谢, 发生爆炸, 不太好) is scored by its last lexicon
//    word (the head of a Chinese compound), with the negators and degree adverbs inside it.
// 3. After a contrast word (但是, 却, 然而 …) the rest of the sentence weighs 1.5 and what came
//    before it in the sentence 0.5.
// 4. The sum S maps to score = tanh(S / 2) in (−1, 1): negative at ≤ −0.25, positive at ≥ 0.25 (one weak
//    word such as 部署 alone, tanh(0.25) ≈ 0.245, stays neutral).
import { clauseBreak, contrastWords, degreeWords, negators, sentimentWords } from './lexicon';
import { cut } from './segmenter';

export type Sentiment = 'negative' | 'neutral' | 'positive';
export interface SentimentHit { word: string; weight: number; score: number; modifiers: string[] }
export interface SentimentResult { score: number; label: Sentiment; sum: number; hits: SentimentHit[] }

const SENTENCE_END = /^[。.！!？?\n\r]+$/u;
const WINDOW = 3;
const THRESHOLD = 0.25;

type Mod = { word: string; kind: 'neg' | 'deg'; value: number };

function modOf(word: string): Mod | null {
  if (negators.has(word)) return { word, kind: 'neg', value: -1 };
  const d = degreeWords.get(word);
  return d === undefined ? null : { word, kind: 'deg', value: d };
}

/** Splits a modifier string (the part of a compound before its head) into negators and degrees. */
function modsIn(prefix: string): Mod[] {
  const out: Mod[] = [];
  let i = 0;
  const chars = [...prefix];
  while (i < chars.length) {
    let found: Mod | null = null;
    for (let len = Math.min(3, chars.length - i); len >= 1 && !found; len--) {
      const m = modOf(chars.slice(i, i + len).join(''));
      if (m) { found = m; i += len; }
    }
    if (found) out.push(found); else i++;
  }
  return out;
}

/** The head sentiment word of a compound token and the modifiers inside it before the head. */
function headOf(token: string): { word: string; weight: number; mods: Mod[] } | null {
  const chars = [...token];
  // Latest-ending match first, longest among those.
  for (let end = chars.length; end >= 1; end--) {
    for (let start = 0; start < end; start++) {
      const word = chars.slice(start, end).join('');
      const weight = sentimentWords.get(word);
      if (weight === undefined) continue;
      const mods = modsIn(chars.slice(0, start).join(''));
      // A one-character head counts only with a modifier in front of it (不太好, 很差), never
      // inside an unrelated word (差异, 好像).
      if ([...word].length === 1 && (mods.length === 0 || start === 0)) continue;
      return { word, weight, mods };
    }
  }
  return null;
}

function apply(weight: number, mods: Mod[]): number {
  const negs = mods.filter((m) => m.kind === 'neg').length;
  const degree = mods.filter((m) => m.kind === 'deg').reduce((a, m) => a * m.value, 1);
  if (negs === 0) return weight * degree;
  const firstNeg = mods.findIndex((m) => m.kind === 'neg');
  const degreeAfterNeg = mods.some((m, i) => m.kind === 'deg' && i > firstNeg);
  if (degreeAfterNeg) return -0.5 * weight;
  const flipped = weight * degree * (negs % 2 === 0 ? 1 : -1);
  return negs >= 2 && negs % 2 === 0 ? flipped * 0.5 : flipped;
}

export function sentimentOf(text: string): SentimentResult {
  const hits: SentimentHit[] = [];
  let sum = 0;
  let sentence: SentimentHit[] = [];
  let boost = 1;
  let mods: Mod[] = [];
  let gap = 0;
  const record = (word: string, weight: number, m: Mod[]) => {
    const hit = { word, weight, score: apply(weight, m) * boost, modifiers: m.map((x) => x.word) };
    hits.push(hit);
    sentence.push(hit);
    mods = [];
    gap = 0;
  };
  for (const raw of cut(text)) {
    const token = raw.trim();
    if (!token) continue;
    if (clauseBreak.test(token)) {
      mods = []; gap = 0;
      if (SENTENCE_END.test(token)) { sentence = []; boost = 1; }
      continue;
    }
    if (contrastWords.has(token)) {
      for (const h of sentence) h.score *= 0.5;
      boost = 1.5; mods = []; gap = 0;
      continue;
    }
    const weight = sentimentWords.get(token);
    if (weight !== undefined) { record(token, weight, mods); continue; }
    const mod = modOf(token);
    if (mod) { mods.push(mod); gap = 0; continue; }
    const head = headOf(token);
    if (head) { record(head.word, head.weight, [...mods, ...head.mods]); continue; }
    if (mods.length && ++gap > WINDOW) { mods = []; gap = 0; }
  }
  for (const h of hits) sum += h.score;
  const score = Math.round(Math.tanh(sum / 2) * 1000) / 1000;
  const label: Sentiment = score <= -THRESHOLD ? 'negative' : score >= THRESHOLD ? 'positive' : 'neutral';
  return { score, label, sum: Math.round(sum * 1000) / 1000, hits };
}
