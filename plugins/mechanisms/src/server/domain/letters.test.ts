import { describe, expect, it } from 'vitest';
import { allTemplateKeys, defaultTemplate, renderLetter, validateTemplate } from './letters';

describe('reply letters', () => {
  it('has a default template for every outcome code and letter kind, each valid', () => {
    for (const k of allTemplateKeys()) expect(validateTemplate(defaultTemplate(k).body)).toBeNull();
  });

  it('renders a partial-disclosure letter with reasons, basis and the appeal-rights notice, escaping values', () => {
    const html = renderLetter(defaultTemplate('partial'), {
      申请人: '张三<script>', 申请编号: '2301-2026-000001-ABCD', 收到申请日期: '2026年11月2日', 申请内容: '2026年道路维修计划',
      机关名称: '哈尔滨市交通运输局', 答复日期: '2026年11月20日', 理由: '部分内容涉及第三方商业秘密', 法律依据: '条例第三十七条', 公开内容: '见附件',
    });
    expect(html).toContain('<h1>政府信息部分公开告知书</h1>');
    expect(html).toContain('张三&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('部分内容涉及第三方商业秘密');
    expect(html).toContain('60日内依法申请行政复议');
    expect(html).toContain('@page { size: A4');
  });

  it('names the responsible body when the information is another body\'s', () => {
    const html = renderLetter(defaultTemplate('unavailable.not-held'), { 负责机关: '哈尔滨市自然资源和规划局', 负责机关联系方式: '0451-12345678' });
    expect(html).toContain('该信息由哈尔滨市自然资源和规划局负责公开');
  });

  it('rejects unknown placeholders and broken syntax', () => {
    expect(validateTemplate('{{申请人}} {{身份证号}}')).toContain('{{身份证号}}');
    expect(validateTemplate('{{#理由}}x')).toContain('模板语法错误');
  });
});
