// The jieba segmenter (the kernel's, one per process) and the TF-IDF extractor, loaded once per
// process on first use. @node-rs/jieba ships prebuilt binaries and jieba's own dictionaries.
import fs from 'node:fs';
import { jieba, jiebaDataFile } from '@gongkai/kernel';
import { TfIdf, type Jieba } from '@node-rs/jieba';

let tfidf: TfIdf | undefined;

export function segmenter(): Jieba {
  return jieba();
}

export function extractor(): TfIdf {
  tfidf ??= TfIdf.withDict(fs.readFileSync(jiebaDataFile('idf.txt')));
  return tfidf;
}

/** Words of `text` in order (HMM on, so unknown words such as place names stay whole). */
export function cut(text: string): string[] {
  return segmenter().cut(text.normalize('NFKC'), true);
}
