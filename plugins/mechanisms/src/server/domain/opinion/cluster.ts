// Topic clustering by keyword overlap. An item joins the open topic whose keyword set is most
// similar to its own by Jaccard similarity |A ∩ B| / |A ∪ B|, if that similarity reaches the
// division's `clusterSimilarity` and the sets share at least `clusterMinShared` keywords;
// otherwise it starts a new topic. A topic's keyword set is the TOPIC_KEYWORDS keywords found in
// most of its items (ties: the keyword seen most recently), so item and topic sets have similar
// sizes and Jaccard is not diluted by a long topic vocabulary. The shared-keyword minimum stops
// two short texts from being joined by one common word such as a place name.
export const TOPIC_KEYWORDS = 10;

export function jaccard(a: readonly string[], b: readonly string[]): { similarity: number; shared: number } {
  const A = new Set(a);
  const B = new Set(b);
  let shared = 0;
  for (const k of A) if (B.has(k)) shared++;
  const union = A.size + B.size - shared;
  return { similarity: union === 0 ? 0 : shared / union, shared };
}

export interface Candidate { id: string; keywords: readonly string[]; heat: number }

/** The best topic for an item's keywords, or null to start a new one. */
export function bestTopic(keywords: readonly string[], topics: readonly Candidate[], minSimilarity: number, minShared: number): { id: string; similarity: number } | null {
  let best: { id: string; similarity: number; heat: number } | null = null;
  for (const t of topics) {
    const { similarity, shared } = jaccard(keywords, t.keywords);
    if (similarity < minSimilarity || shared < minShared) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && t.heat > best.heat)) best = { id: t.id, similarity, heat: t.heat };
  }
  return best ? { id: best.id, similarity: Math.round(best.similarity * 1000) / 1000 } : null;
}

/**
 * The keyword set of a topic from its items' keywords (newest item first): the most frequent,
 * ties broken by recency.
 */
export function topicKeywords(itemKeywords: readonly (readonly string[])[], size = TOPIC_KEYWORDS): string[] {
  const freq = new Map<string, { n: number; firstSeen: number }>();
  itemKeywords.forEach((ks, i) => {
    for (const k of new Set(ks)) {
      const e = freq.get(k);
      if (e) e.n++; else freq.set(k, { n: 1, firstSeen: i });
    }
  });
  return [...freq.entries()].sort((a, b) => b[1].n - a[1].n || a[1].firstSeen - b[1].firstSeen).slice(0, size).map(([k]) => k);
}
