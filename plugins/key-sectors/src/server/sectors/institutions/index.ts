// Sector 9 of the work plan: 公共企事业单位. University admissions publicity (recommended
// students, independent selection, high-level athletes, arts specialities) with publicity periods
// and objections; disclosure by hospitals, research institutes, cultural bodies and SOEs.
import { z } from 'zod';
import { choice, creditCode, defineRecordType, defineSector, isoDate, longText, optionalText, text, year, checkPublicity, objectionSchema, yearOf } from '../../../contracts';

export const ADMISSION_CATEGORIES = ['保送生', '自主选拔录取', '高水平运动员', '艺术特长生'] as const;

export const admissionSchema = z.object({
  university: text('高校名称', 100),
  year: year('招生年度'),
  category: choice('招生类别', ADMISSION_CATEGORIES),
  publicityStart: isoDate('公示开始日期'),
  publicityEnd: isoDate('公示结束日期'),
  candidates: z.array(z.object({
    name: text('考生姓名', 50),
    examNo: optionalText('考生号', 30),
    school: text('中学', 100),
    qualification: text('资格或项目', 200),
    result: optionalText('测试成绩或结论', 200),
  }).strict()).min(1, '公示名单至少一人').max(5000, '公示名单不超过 5000 人').describe('公示名单'),
  objectionChannel: text('异议受理渠道（电话、邮箱）', 200),
  objections: z.array(objectionSchema).max(1000).default([]).describe('异议及处理'),
}).strict().superRefine(checkPublicity);

type Kind = 'hospital' | 'research' | 'culture' | 'soe';
const KIND_INFO: Record<Kind, { label: string; unit: string; topic: string; categories: readonly [string, ...string[]]; levels: readonly ('province' | 'prefecture' | 'county')[] }> = {
  hospital: { label: '医疗卫生机构信息公开', unit: '医疗卫生机构', topic: '1301', categories: ['服务价格和收费', '药品和耗材价格', '服务流程', '医疗质量和安全', '财务信息', '其他'], levels: ['prefecture', 'county'] },
  research: { label: '科研机构信息公开', unit: '科研机构', topic: '1101', categories: ['科研项目和经费', '成果转化', '招聘', '财务信息', '其他'], levels: ['province', 'prefecture'] },
  culture: { label: '文化机构信息公开', unit: '文化机构', topic: '1201', categories: ['免费开放和服务项目', '收费标准', '活动安排', '财务信息', '其他'], levels: ['province', 'prefecture'] },
  soe: { label: '国有企业信息公开', unit: '国有企业', topic: '0305', categories: ['经营业绩', '财务状况', '重大事项', '薪酬', '社会责任', '其他'], levels: ['province', 'prefecture'] },
};

function disclosureSchema(kind: Kind) {
  const info = KIND_INFO[kind];
  return z.object({
    institution: text(`${info.unit}名称`, 200),
    creditCode: creditCode().optional(),
    category: choice('公开类别', info.categories),
    title: text('标题', 200),
    date: isoDate('日期'),
    content: longText('内容', 50_000),
  }).strict();
}

function disclosureType(kind: Kind) {
  const info = KIND_INFO[kind];
  return defineRecordType({
    id: `${kind}-disclosure`, label: info.label, schema: disclosureSchema(kind),
    columns: (d) => ({ title: `${d.institution}：${d.title}`, year: yearOf(d.date), period: d.date, category: d.category, subjectKey: d.creditCode ?? d.institution, searchKeys: d.creditCode ? [d.creditCode] : [] }),
    searchFields: ['institution', 'title', 'creditCode', 'content'],
    catalogue: { topicCode: info.topic, summary: (d) => `【${d.category}】${d.content.slice(0, 300)}`, generatedOn: (d) => d.date, metadata: (d) => ({ institution: d.institution, category: d.category }) },
    list: { columns: [{ field: 'institution' }, { field: 'title' }, { field: 'category' }, { field: 'date' }] },
  });
}

export const institutionsSector = defineSector({
  id: 'institutions',
  label: '公共企事业单位',
  description: '高校招生信息（保送生、自主选拔录取、高水平运动员、艺术特长生）公示；医疗卫生机构、科研机构、文化机构和国有企业信息公开。',
  planItem: 9,
  topicCode: '1102',
  permission: 'key-sectors.institutions.edit',
  recordTypes: [
    defineRecordType({
      id: 'admission-publicity', label: '高校招生公示', schema: admissionSchema,
      columns: (d) => ({ title: `${d.university}${d.year}年${d.category}名单公示`, year: d.year, period: d.publicityStart, category: d.category, subjectKey: d.university, naturalKey: `${d.university}@${d.year}@${d.category}@${d.publicityStart}`, eventDate: d.publicityStart }),
      searchFields: ['university', 'category', 'candidates'],
      catalogue: { topicCode: '1102', summary: (d) => `${d.university}${d.year}年${d.category} ${d.candidates.length} 人名单公示，公示期 ${d.publicityStart} 至 ${d.publicityEnd}。对公示有异议的，请于公示期内向${d.objectionChannel}反映。`, generatedOn: (d) => d.publicityStart, metadata: (d) => ({ year: d.year, category: d.category, publicityStart: d.publicityStart, publicityEnd: d.publicityEnd }) },
      list: { columns: [{ field: 'university' }, { field: 'year' }, { field: 'category' }, { field: 'publicityStart' }, { field: 'publicityEnd' }] },
    }),
    disclosureType('hospital'),
    disclosureType('research'),
    disclosureType('culture'),
    disclosureType('soe'),
  ],
  requirements: [
    { id: 'admissions', label: '公示高校特殊类型招生考生资格及录取结果', recordType: 'admission-publicity', levels: ['province'], due: { kind: 'byDate', label: '每年 7 月 31 日前', date: (y) => `${y}-07-31` }, basis: '黑政办综〔2014〕4号第9项：加大对考生资格及录取结果的公开公示力度' },
    ...(Object.keys(KIND_INFO) as Kind[]).map((k) => ({
      id: `${k}-disclosure`, label: `推进${KIND_INFO[k].label}`, recordType: `${k}-disclosure`, levels: KIND_INFO[k].levels,
      due: { kind: 'byDate' as const, label: '每年 12 月 31 日前', date: (y: number) => `${y}-12-31` },
      basis: '黑政办综〔2014〕4号第9项：重点做好推进医疗卫生机构、科研机构、文化机构和国有企业信息公开工作',
    })),
  ],
});
