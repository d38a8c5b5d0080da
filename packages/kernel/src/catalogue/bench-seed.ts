// Fast seeding of realistic published items for benchmarks (not used by tests or production).
// Items get real search tokens, 索引号 continuing each organisation's sequence, and publication
// dates spread over 2014–2026. Deterministic for a given `seed`.
import type { Db, Prisma } from '@gongkai/db';
import { allTopicCodes, isLeafTopic } from '../contracts';
import { renderIndexNo } from './index-no';
import { indexTokens } from './segment';

const ORG_KINDS = ['人民政府办公室', '发展和改革局', '财政局', '自然资源局', '生态环境局', '教育局', '卫生健康局', '农业农村局', '住房和城乡建设局', '市场监督管理局'];
const ACTIONS = ['关于印发', '关于做好', '关于开展', '关于公布', '关于进一步加强', '关于调整'];
const SUBJECTS = [
  '年度部门预算公开', '征地补偿安置方案', '春季农业生产工作', 'PM2.5污染防治工作方案', '城乡居民基本医疗保险',
  '公务用车购置及运行费', '安全生产大检查', '政府信息公开工作年度报告', '行政许可事项清单', '秸秆综合利用实施方案',
  '冬季供热保障工作', '义务教育学校招生入学', '最低生活保障标准', '重大建设项目批准和实施', '双公示信息归集',
  '权力清单和责任清单', '三公经费决算', '防汛抗旱应急预案', '优化营商环境若干措施', '黑土地保护利用',
];
const KINDS = ['通知', '公告', '通告', '意见', '实施方案', '决定', '报告'];
const BODY = '根据有关法律法规和上级部署，结合本地实际，现就有关事项通知如下。一、提高思想认识，切实加强组织领导。二、明确工作任务，压实各方责任。三、强化督促检查，确保各项措施落到实处。';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchSeedOptions { chunkSize?: number; seed?: number; template?: string; publicUrl?: string }

/** Inserts `n` published items across the province's prefecture and county units. */
export async function seedCatalogueForBench(db: Db, n: number, o: BenchSeedOptions = {}): Promise<{ inserted: number; organizations: number }> {
  const rand = rng(o.seed ?? 20261125);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const template = o.template ?? '{orgCode}/{yyyy}-{nnnnn}';
  const leafTopics = allTopicCodes.filter(isLeafTopic);

  const divisions = await db.division.findMany({ where: { level: { in: ['prefecture', 'county'] }, active: true }, select: { code: true, name: true } });
  if (!divisions.length) throw new Error('seedCatalogueForBench: seed the divisions first');
  // Organisations: the existing ones, plus a standard set per division where it has none.
  const existingOrgs = await db.organization.findMany({ select: { divisionCode: true } });
  const withOrgs = new Set(existingOrgs.map((x) => x.divisionCode));
  const newOrgs = divisions.filter((d) => !withOrgs.has(d.code)).flatMap((d) => ORG_KINDS.map((k, i) => ({
    divisionCode: d.code, code: `B${d.code}${String(i + 1).padStart(2, '0')}`, name: `${d.name}${k}`,
  })));
  if (newOrgs.length) await db.organization.createMany({ data: newOrgs, skipDuplicates: true });
  const orgs = await db.organization.findMany({ where: { divisionCode: { in: divisions.map((d) => d.code) }, active: true } });
  const divisionName = new Map(divisions.map((d) => [d.code, d.name]));
  const sequences = new Map((await db.indexSequence.findMany()).map((s) => [`${s.organizationId}:${s.year}`, s.lastValue]));

  const chunkSize = o.chunkSize ?? 1000;
  let inserted = 0;
  while (inserted < n) {
    const rows: Prisma.CatalogueItemCreateManyInput[] = [];
    for (let i = 0; i < Math.min(chunkSize, n - inserted); i++) {
      const org = pick(orgs);
      const year = 2014 + Math.floor(rand() * 13);
      const publishedAt = new Date(Date.UTC(year, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), Math.floor(rand() * 10), Math.floor(rand() * 60)));
      const generatedOn = new Date(Date.UTC(publishedAt.getUTCFullYear(), publishedAt.getUTCMonth(), publishedAt.getUTCDate()));
      const key = `${org.id}:${year}`;
      const seq = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, seq);
      const dn = divisionName.get(org.divisionCode) ?? '';
      const subject = pick(SUBJECTS);
      const title = `${org.name}${pick(ACTIONS)}${subject.startsWith('年度') ? `${year}` : ''}${subject}的${pick(KINDS)}`;
      const summary = `${dn}${subject}相关事项的${pick(KINDS)}，自发布之日起施行。`;
      const docNo = rand() < 0.6 ? `${dn.slice(0, 2)}${org.name.slice(-3, -1)}发〔${year}〕${1 + Math.floor(rand() * 90)}号` : null;
      rows.push({
        divisionCode: org.divisionCode, organizationId: org.id, itemType: 'kernel.document',
        indexNo: renderIndexNo(template, { divisionCode: org.divisionCode, orgCode: org.code, year, seq }), indexYear: year, indexSeq: seq,
        title, summary, body: BODY, docNo, generatedOn, topicCode: pick(leafTopics),
        metadata: { keywords: [subject.slice(0, 4)] }, status: 'published', publishedAt,
        searchTokens: indexTokens({ title, summary, body: BODY, docNo, names: [org.name, dn] }),
      });
    }
    await db.catalogueItem.createMany({ data: rows });
    inserted += rows.length;
  }
  // Continue every organisation's sequence after the seeded numbers.
  const seqRows = [...sequences].map(([k, lastValue]) => { const [organizationId, year] = k.split(':'); return { organizationId: organizationId!, year: Number(year), lastValue }; });
  for (let i = 0; i < seqRows.length; i += 1000) {
    const part = seqRows.slice(i, i + 1000);
    await db.$transaction(part.map((s) => db.indexSequence.upsert({
      where: { organizationId_year: { organizationId: s.organizationId, year: s.year } },
      create: s, update: { lastValue: s.lastValue },
    })));
  }
  return { inserted, organizations: orgs.length };
}
