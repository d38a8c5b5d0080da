// Fast seeding of realistic published items for benchmarks (not used by tests or production).
// Items get real search tokens, 索引号 continuing each organisation's sequence, and publication
// dates spread over 2014–2026. Deterministic for a given `seed`.
import { randomBytes } from 'node:crypto';
import type { Db } from '@gongkai/db';
import { allTopicCodes, isLeafTopic } from '../contracts';
import { renderIndexNo } from './index-no';
import { filterTokens } from './filter-tokens';
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

/** A small seeded generator (mulberry32): benchmark data that is the same on every run. */
export function rng(seed: number): () => number {
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

  // Tokens of an item are the union of its parts' tokens (see indexTokens): segment the body once
  // and each repeated summary, document number and name pair once; only titles are cut per item.
  const bodyTokens = indexTokens({ title: '', body: BODY });
  const memo = new Map<string, string[]>();
  const partTokens = (key: string, doc: () => Parameters<typeof indexTokens>[0]) => {
    let t = memo.get(key);
    if (!t) memo.set(key, (t = indexTokens(doc())));
    return t;
  };
  const chunkSize = o.chunkSize ?? 2000;
  let inserted = 0;
  // Bulk insert through the GIN pending list (searches keep it off: see the search functions' migration).
  await db.$executeRawUnsafe('ALTER INDEX kernel_catalogue_item_search_tokens_idx SET (fastupdate = on)');
  while (inserted < n) {
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < Math.min(chunkSize, n - inserted); i++) {
      const org = pick(orgs);
      const year = 2014 + Math.floor(rand() * 13);
      const publishedAt = new Date(Date.UTC(year, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), Math.floor(rand() * 10), Math.floor(rand() * 60)));
      const key = `${org.id}:${year}`;
      const seq = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, seq);
      const dn = divisionName.get(org.divisionCode) ?? '';
      const subject = pick(SUBJECTS);
      const title = `${org.name}${pick(ACTIONS)}${subject.startsWith('年度') ? `${year}` : ''}${subject}的${pick(KINDS)}`;
      const summary = `${dn}${subject}相关事项的${pick(KINDS)}，自发布之日起施行。`;
      const topicCode = pick(leafTopics);
      const docNo = rand() < 0.6 ? `${dn.slice(0, 2)}${org.name.slice(-3, -1)}发〔${year}〕${1 + Math.floor(rand() * 90)}号` : null;
      rows.push({
        id: `bench${randomBytes(10).toString('hex')}`,
        division_code: org.divisionCode, organization_id: org.id, item_type: 'kernel.document',
        index_no: renderIndexNo(template, { divisionCode: org.divisionCode, orgCode: org.code, year, seq }), index_year: year, index_seq: seq,
        title, summary, body: BODY, doc_no: docNo, generated_on: publishedAt.toISOString().slice(0, 10), topic_code: topicCode,
        metadata: { keywords: [subject.slice(0, 4)] }, published_at: publishedAt.toISOString(),
        search_tokens: [...new Set([
          ...bodyTokens, ...indexTokens({ title }),
          ...partTokens(`s:${summary}`, () => ({ title: '', summary })),
          ...(docNo ? partTokens(`d:${docNo}`, () => ({ title: '', docNo })) : []),
          ...partTokens(`n:${org.name}\u0000${dn}`, () => ({ title: '', names: [org.name, dn] })),
          ...filterTokens({ status: 'published', divisionCode: org.divisionCode, organizationId: org.id, topicCode, itemType: 'kernel.document', indexYear: year }),
        ])].sort(),
      });
    }
    // One statement per chunk: far faster than createMany's parameter lists.
    await db.$executeRaw`
      INSERT INTO kernel_catalogue_item (id, division_code, organization_id, item_type, index_no, index_year, index_seq, title, summary, body,
        doc_no, generated_on, topic_code, metadata, status, published_at, search_tokens, updated_at)
      SELECT id, division_code, organization_id, item_type, index_no, index_year, index_seq, title, summary, body,
        doc_no, generated_on, topic_code, metadata, 'published', published_at, search_tokens, now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id text, division_code text, organization_id text, item_type text,
        index_no text, index_year int, index_seq int, title text, summary text, body text, doc_no text, generated_on date,
        topic_code text, metadata jsonb, published_at timestamp, search_tokens text[])`;
    inserted += rows.length;
  }
  // Continue every organisation's sequence after the seeded numbers.
  const seqRows = [...sequences].map(([k, lastValue]) => { const [organizationId, year] = k.split(':'); return { organization_id: organizationId!, year: Number(year), last_value: lastValue }; });
  await db.$executeRaw`
    INSERT INTO kernel_index_sequence (organization_id, year, last_value)
    SELECT organization_id, year, last_value FROM jsonb_to_recordset(${JSON.stringify(seqRows)}::jsonb) AS x(organization_id text, year int, last_value int)
    ON CONFLICT (organization_id, year) DO UPDATE SET last_value = GREATEST(kernel_index_sequence.last_value, EXCLUDED.last_value)`;
  await db.$executeRawUnsafe('ALTER INDEX kernel_catalogue_item_search_tokens_idx SET (fastupdate = off)');
  await db.$executeRawUnsafe(`SELECT gin_clean_pending_list('kernel_catalogue_item_search_tokens_idx'::regclass)`);
  // Fresh statistics for the planner (and for the search's own plan choice).
  await db.$executeRawUnsafe('ANALYZE kernel_catalogue_item');
  return { inserted, organizations: orgs.length };
}
