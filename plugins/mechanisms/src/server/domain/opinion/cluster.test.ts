import { describe, expect, it } from 'vitest';
import { keywordsOf } from './keywords';
import { bestTopic, jaccard, topicKeywords } from './cluster';

describe('clustering', () => {
  it('computes Jaccard similarity and shared count', () => {
    expect(jaccard(['a', 'b', 'c'], ['b', 'c', 'd'])).toEqual({ similarity: 0.5, shared: 2 });
    expect(jaccard([], [])).toEqual({ similarity: 0, shared: 0 });
  });

  it('joins reports of the same matter and keeps an unrelated one apart', () => {
    const heating1 = keywordsOf('哈尔滨市道里区群力新区多个小区供暖不热，居民投诉热线一直占线，物业推诿不管');
    const heating2 = keywordsOf('道里区群力新区供暖温度不达标，居民反映室温只有14度，供热公司敷衍');
    const festival = keywordsOf('哈尔滨冰雪大世界开园，游客点赞服务周到');
    const topics = [{ id: 'heating', keywords: topicKeywords([heating1]), heat: 3 }];
    expect(bestTopic(heating2, topics, 0.15, 2)?.id).toBe('heating');
    expect(bestTopic(festival, topics, 0.15, 2)).toBeNull();
  });

  it('requires the minimum number of shared keywords', () => {
    const topics = [{ id: 't', keywords: ['供暖', '道里区'], heat: 1 }];
    expect(bestTopic(['供暖', '停水'], topics, 0.1, 2)).toBeNull();
    expect(bestTopic(['供暖', '道里区', '停水'], topics, 0.1, 2)).toEqual({ id: 't', similarity: 0.667 });
  });

  it('prefers the most similar topic, then the hotter one', () => {
    const topics = [{ id: 'a', keywords: ['x', 'y', 'z', 'w'], heat: 1 }, { id: 'b', keywords: ['x', 'y', 'z'], heat: 5 }, { id: 'c', keywords: ['x', 'y', 'z'], heat: 9 }];
    expect(bestTopic(['x', 'y', 'z'], topics, 0.1, 2)?.id).toBe('c');
  });

  it('builds the topic keyword set from the most frequent keywords, newest first on ties', () => {
    expect(topicKeywords([['a', 'b'], ['b', 'c'], ['b', 'd', 'a']], 3)).toEqual(['b', 'a', 'c']);
  });
});
