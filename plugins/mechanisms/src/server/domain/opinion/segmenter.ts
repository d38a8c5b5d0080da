// The jieba segmenter and TF-IDF extractor, loaded once per process (the dictionaries take a few
// hundred milliseconds). @node-rs/jieba ships prebuilt binaries and jieba's own dictionaries.
import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
let tfidf: TfIdf | undefined;

export function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

export function extractor(): TfIdf {
  tfidf ??= TfIdf.withDict(idf);
  return tfidf;
}

/** Words of `text` in order (HMM on, so unknown words such as place names stay whole). */
export function cut(text: string): string[] {
  return segmenter().cut(text.normalize('NFKC'), true);
}
