// Keywords of an item: jieba's TF-IDF extraction (term frequency in the item times the inverse
// document frequency from jieba's bundled corpus statistics), minus numbers, single characters and
// a short list of words that carry no topic in opinion texts.
import { extractor, segmenter } from './segmenter';

/** Frequent in news and posts, never what a topic is about. */
const STOP = new Set([
  '记者', '报道', '表示', '介绍', '目前', '今天', '昨天', '近日', '日前', '已经', '一直', '多个', '一些', '有关', '相关',
  '进行', '开展', '工作', '情况', '问题', '方面', '造成', '出现', '发生', '没有', '还是', '可以', '这个', '一个', '我们',
  '他们', '大家', '网友', '发布', '消息', '来源', '原标题', '责任编辑', '编辑', '视频', '图片', '链接', '全文',
]);
const NUMERIC = /^[\d.,%:：\-/年月日时分秒号]+$/u;
const MEANINGFUL = /[\p{L}]/u;

export const KEYWORDS_PER_ITEM = 8;

export function keywordsOf(text: string, topK = KEYWORDS_PER_ITEM): string[] {
  const clean = text.normalize('NFKC').replace(/https?:\/\/\S+/g, ' ').slice(0, 20_000);
  if (!clean.trim()) return [];
  const ranked = extractor().extractKeywords(segmenter(), clean, topK * 3);
  const out: string[] = [];
  for (const { keyword } of ranked) {
    const k = keyword.trim().toLowerCase();
    if ([...k].length < 2 || NUMERIC.test(k) || !MEANINGFUL.test(k) || STOP.has(k) || out.includes(k)) continue;
    out.push(k);
    if (out.length === topK) break;
  }
  return out;
}
