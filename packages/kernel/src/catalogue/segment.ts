// Chinese word segmentation for catalogue search (see shared/domain/cn-domain-facts.md §7.3).
// Documents are indexed with jieba's search mode (`cutForSearch`, so 肇东 finds 肇东市) plus every
// CJK unigram and bigram of short fields (title, organisation, division), so one- and
// two-character queries hit the same GIN index. Queries are segmented the same way.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);
let instance: Jieba | undefined;

/** Path of a data file shipped with @node-rs/jieba (`dict.txt`, `idf.txt`). */
export function jiebaDataFile(name: 'dict.txt' | 'idf.txt'): string {
  return require.resolve(`@node-rs/jieba/${name}`);
}

/**
 * The segmenter, loaded once per process and shared by the kernel and plugins (the dictionary
 * takes a few hundred ms and ~30 MB). The dictionary text is read here rather than through the
 * package's `dict.js`, which would keep it (5 MB) and the unused IDF table (6 MB) in memory for
 * the life of the process; jieba builds its own structures from the text.
 */
export function jieba(): Jieba {
  instance ??= Jieba.withDict(fs.readFileSync(jiebaDataFile('dict.txt')));
  return instance;
}

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const ASCII_WORD = /[a-z0-9]+(?:[.\-_][a-z0-9]+)*/g;
/** A token worth indexing: contains a letter or digit of any script. */
const MEANINGFUL = /[\p{L}\p{N}]/u;
/** Longest text segmented per call; longer bodies are cut into pieces of this size. */
const CHUNK = 2000;
/** Body text beyond this is not indexed (keeps the token array bounded). */
const MAX_INDEXED = 50_000;

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function isHanOnly(s: string): boolean {
  for (const ch of s) if (!HAN.test(ch)) return false;
  return s.length > 0;
}

/** Lower-cased ASCII words and numbers, with their letter and number parts (pm2.5 → pm2.5, pm, 2.5). */
export function asciiTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(ASCII_WORD)) {
    const w = m[0];
    out.push(w);
    for (const part of w.match(/[a-z]+|\d+(?:\.\d+)?/g) ?? []) if (part !== w) out.push(part);
  }
  return out;
}

/** Every CJK character and every pair of adjacent CJK characters. */
export function cjkGrams(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(HAN_RUN)) {
    const chars = [...m[0]];
    for (let i = 0; i < chars.length; i++) {
      out.push(chars[i]!);
      if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
    }
  }
  return out;
}

function chunks(text: string): string[] {
  const out: string[] = [];
  for (const para of text.slice(0, MAX_INDEXED).split(/\n+/)) {
    for (let i = 0; i < para.length; i += CHUNK) out.push(para.slice(i, i + CHUNK));
  }
  return out;
}

/** jieba search-mode words of a text, normalised, without punctuation or spaces. */
export function searchWords(text: string): string[] {
  const out: string[] = [];
  const j = jieba();
  for (const piece of chunks(normalize(text))) {
    if (!piece.trim()) continue;
    for (const w of j.cutForSearch(piece, true)) {
      const t = w.trim();
      if (t && MEANINGFUL.test(t)) out.push(t);
    }
  }
  return out;
}

export interface IndexableText {
  title: string;
  summary?: string;
  body?: string;
  docNo?: string | null;
  /** Short names whose unigrams and bigrams are indexed too (organisation, division). */
  names?: readonly string[];
}

/**
 * Marks a token that occurs in the title. Title tokens are stored twice (plain and marked) so
 * that "all query tokens are in the title" is one more containment test on the same GIN index.
 * `§` never survives segmentation (it is punctuation), so no plain token starts with it.
 */
export const TITLE_MARK = '§';

export function titleTokens(tokens: readonly string[]): string[] {
  return tokens.map((t) => TITLE_MARK + t);
}

/** The search tokens stored with an item: unique, sorted (stable for tests and diffs). */
export function indexTokens(doc: IndexableText): string[] {
  const tokens = new Set<string>();
  const long = [doc.summary ?? '', doc.body ?? '', doc.docNo ?? '', ...(doc.names ?? [])];
  for (const text of long) {
    for (const w of searchWords(text)) tokens.add(w);
    for (const w of asciiTokens(text)) tokens.add(w);
  }
  for (const text of doc.names ?? []) for (const g of cjkGrams(text)) tokens.add(g);
  for (const w of [...searchWords(doc.title), ...asciiTokens(doc.title), ...cjkGrams(doc.title)]) {
    tokens.add(w);
    tokens.add(TITLE_MARK + w);
  }
  return [...tokens].sort();
}

/**
 * Tokens a query requires (all of them). A one- or two-character CJK term is itself a unigram or
 * bigram token; a longer term is cut by jieba, dropping single CJK characters when the term also
 * has longer words (function words such as 的, 及 would otherwise demand a title hit).
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>();
  for (const term of normalize(query).split(/[\s\p{S}]+|[^\P{P}.\-_]+/u).filter(Boolean)) {
    if (isHanOnly(term) && [...term].length <= 2) { tokens.add(term); continue; }
    const words = jieba().cut(term, true).map((w) => w.trim()).filter((w) => w && MEANINGFUL.test(w));
    const hasLong = words.some((w) => [...w].length >= 2);
    for (const w of words) {
      if (hasLong && isHanOnly(w) && [...w].length === 1) continue;
      tokens.add(w);
    }
  }
  return [...tokens];
}
