import { describe, expect, it } from 'vitest';
import { sentimentOf } from './sentiment';

const label = (s: string) => sentimentOf(s).label;

describe('sentimentOf', () => {
  it('reads complaints and emergencies as negative', () => {
    expect(label('群力新区多个小区供暖不热，居民投诉热线一直占线，物业推诿不管')).toBe('negative');
    expect(label('平房区一化工厂发生爆炸，已造成3人受伤，现场浓烟滚滚')).toBe('negative');
    expect(label('工作人员推诿扯皮，办事效率低下')).toBe('negative');
    expect(label('道路塌陷无人管，存在严重安全隐患')).toBe('negative');
  });

  it('reads praise and effective handling as positive', () => {
    expect(label('哈尔滨冰雪大世界开园，游客点赞服务周到')).toBe('positive');
    expect(label('非常感谢市政府及时处理')).toBe('positive');
    expect(label('这项惠民政策深受好评')).toBe('positive');
  });

  it('leaves plain announcements neutral', () => {
    expect(label('市政府召开常务会议研究部署下一阶段工作')).toBe('neutral');
    expect(sentimentOf('').score).toBe(0);
  });

  it('turns polarity after a negator and keeps the degree adverb', () => {
    const r = sentimentOf('市民对这次处理结果很不满意');
    expect(r.label).toBe('negative');
    expect(r.hits.find((h) => h.word === '满意')).toMatchObject({ score: -3, modifiers: ['很', '不'] });
    // A denial of wrongdoing reads positive.
    expect(sentimentOf('经核查，不存在违规收费问题').hits.find((h) => h.word === '违规')?.score).toBe(1);
  });

  it('treats a negator before a degree adverb as partial negation, and halves double negation', () => {
    expect(sentimentOf('服务不太好').hits[0]).toMatchObject({ word: '好', score: -0.5 });
    const r = sentimentOf('不是不满意');
    expect(r.hits[0]).toMatchObject({ word: '满意', score: 1 });
  });

  it('weighs the clause after a contrast word more', () => {
    const r = sentimentOf('服务态度不太好，但问题最终得到了解决');
    expect(r.hits.map((h) => [h.word, h.score])).toEqual([['好', -0.25], ['解决', 1.5]]);
    expect(r.label).toBe('positive');
    expect(label('政府已经回应，但群众仍然很不满意')).toBe('negative');
  });

  it('does not let a negator reach past its clause', () => {
    expect(sentimentOf('没有别的办法，群众很满意').hits[0]).toMatchObject({ word: '满意', score: 3 });
  });

  it('stays within (-1, 1)', () => {
    const r = sentimentOf('爆炸 死亡 腐败 '.repeat(50));
    expect(r.score).toBeGreaterThanOrEqual(-1);
    expect(r.score).toBeLessThan(-0.99);
  });
});
