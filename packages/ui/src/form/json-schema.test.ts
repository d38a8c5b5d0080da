import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeSchema, initialValue, labelOf, type FieldSpec, type JsonSchema } from './json-schema';
import { validateValue } from './validate';

const settings = z.object({
  siteTitle: z.string().min(2).max(40).meta({ title: '网站名称', description: '显示在页面顶部' }),
  replyDays: z.int().min(1).max(60).default(20).meta({ title: '答复期限（工作日）' }),
  ratio: z.number().optional().describe('比例'),
  public: z.boolean().default(true).meta({ title: '对公众开放' }),
  mode: z.enum(['主动公开', '依申请公开']).meta({ title: '公开方式' }),
  startsOn: z.iso.date().meta({ title: '开始日期' }),
  note: z.string().max(500).nullable().optional().meta({ title: '备注' }),
  contact: z.object({ phone: z.string().max(20).meta({ title: '电话' }), email: z.email().optional().meta({ title: '邮箱' }) }).meta({ title: '联系方式' }),
  keywords: z.array(z.string().max(10)).max(3).default([]).meta({ title: '关键词' }),
  channels: z.array(z.enum(['网站', '微博'])).default(['网站']).meta({ title: '发布渠道' }),
}).strict();

const json = z.toJSONSchema(settings, { io: 'input' }) as JsonSchema;
const spec = describeSchema(json);

function field(s: FieldSpec, key: string): { spec: FieldSpec; required: boolean } {
  if (s.kind !== 'object') throw new Error('not an object');
  const f = s.fields.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
}

describe('describeSchema (z.toJSONSchema output)', () => {
  it('turns the object into fields in declaration order', () => {
    expect(spec.kind).toBe('object');
    if (spec.kind !== 'object') return;
    expect(spec.fields.map((f) => [f.key, f.spec.kind])).toEqual([
      ['siteTitle', 'string'], ['replyDays', 'number'], ['ratio', 'number'], ['public', 'boolean'], ['mode', 'enum'],
      ['startsOn', 'string'], ['note', 'string'], ['contact', 'object'], ['keywords', 'array'], ['channels', 'array'],
    ]);
  });

  it('takes Chinese labels from title and hints from description', () => {
    const title = field(spec, 'siteTitle');
    expect(labelOf(title.spec, 'siteTitle')).toEqual({ label: '网站名称', hint: '显示在页面顶部' });
    expect(labelOf(field(spec, 'ratio').spec, 'ratio')).toEqual({ label: '比例', hint: null });
  });

  it('knows required, integer bounds, dates, enums and nullability', () => {
    expect(field(spec, 'siteTitle').required).toBe(true);
    expect(field(spec, 'ratio').required).toBe(false);
    const days = field(spec, 'replyDays').spec;
    expect(days).toMatchObject({ kind: 'number', integer: true, minimum: 1, maximum: 60, default: 20 });
    expect(field(spec, 'startsOn').spec).toMatchObject({ kind: 'string', format: 'date' });
    expect(field(spec, 'mode').spec).toMatchObject({ kind: 'enum', options: [{ value: '主动公开', label: '主动公开' }, { value: '依申请公开', label: '依申请公开' }] });
    expect(field(spec, 'note').spec).toMatchObject({ kind: 'string', nullable: true, multiline: true });
    const contact = field(spec, 'contact').spec;
    expect(field(contact, 'phone')).toMatchObject({ required: true, spec: { kind: 'string', maxLength: 20 } });
    expect(field(spec, 'keywords').spec).toMatchObject({ kind: 'array', maxItems: 3, item: { kind: 'string' } });
    expect(field(spec, 'channels').spec).toMatchObject({ kind: 'array', item: { kind: 'enum' } });
  });

  it('fills defaults into the initial value', () => {
    expect(initialValue(spec, { siteTitle: '肇东市' })).toEqual({ siteTitle: '肇东市', replyDays: 20, public: true, contact: {}, keywords: [], channels: ['网站'] });
  });

  it('resolves $refs to $defs and labelled oneOf choices', () => {
    const level = z.enum(['a', 'b']).meta({ id: 'level', title: '级别' });
    const s = describeSchema(z.toJSONSchema(z.object({ x: level, y: level.optional() })) as JsonSchema);
    expect(field(s, 'x').spec).toMatchObject({ kind: 'enum', title: '级别' });
    const labelled = describeSchema({ type: 'object', properties: { lvl: { title: '层级', oneOf: [{ const: 'p', title: '省级' }, { const: 'c', title: '市级' }] } } });
    expect(field(labelled, 'lvl').spec).toMatchObject({ kind: 'enum', title: '层级', options: [{ value: 'p', label: '省级' }, { value: 'c', label: '市级' }] });
  });

  it('marks arrays of objects as unsupported instead of guessing', () => {
    const s = describeSchema(z.toJSONSchema(z.object({ rows: z.array(z.object({ a: z.string() })) })) as JsonSchema);
    expect(field(s, 'rows').spec.kind).toBe('unsupported');
  });
});

describe('validateValue', () => {
  it('reports missing required fields, bounds and formats by dotted path', () => {
    const errors = validateValue(spec, { siteTitle: '哈', replyDays: 61, mode: '主动公开', startsOn: '2026/01/01', contact: {}, keywords: ['一二三四五六七八九十十一'] });
    expect(errors).toEqual({
      siteTitle: '至少需要 2 个字符',
      replyDays: '不能大于 60',
      startsOn: '日期格式应为 YYYY-MM-DD',
      'contact.phone': '此项为必填项',
      'keywords.0': '不能超过 10 个字符',
    });
  });

  it('accepts a valid value', () => {
    expect(validateValue(spec, { siteTitle: '肇东市', replyDays: 20, mode: '主动公开', startsOn: '2026-10-01', contact: { phone: '0451-1234' }, keywords: [], channels: [] })).toEqual({});
  });
});
