// Sample content for the suites that only read the portal (accessibility): one published item in
// 齐齐哈尔市, created by a seed account through the same tRPC procedures the console uses (so it
// is audited like any other change). The kernel flow builds its own data through the browser.
import { createAppRouter, createCallerFactory, createContext, type AnyPlugin, type Kernel } from '@gongkai/kernel';

export interface SeededItem { id: string; title: string; indexNo: string }

export const SAMPLE_ITEM_TITLE = '齐齐哈尔市2026年政府信息公开工作要点';

export async function seedSampleItem(kernel: Kernel, plugins: readonly AnyPlugin[]): Promise<SeededItem> {
  const seeder = await kernel.identity.createUser(kernel.db, {
    kind: 'staff', username: 'e2e.seed', displayName: '示例数据', password: `Seed-${crypto.randomUUID()}`, divisionCode: '2302',
  });
  await kernel.identity.grant(kernel.db, seeder.id, 'kernel.division-admin', { divisionCode: '2302' });
  const principal = await kernel.identity.principalOf(kernel.db, seeder.id);
  if (!principal) throw new Error('seed account has no principal');
  const caller = createCallerFactory(createAppRouter(plugins))(createContext({ kernel, principal, meta: { ip: '127.0.0.1', userAgent: 'e2e-seed' } }));

  const org = await caller.organizations.create({ divisionCode: '2302', code: 'QQHR-ZWGK', name: '齐齐哈尔市政务公开办公室', kind: 'government' });
  const draft = await caller.catalogue.createDraft({
    divisionCode: '2302', organizationId: org.id, itemType: 'kernel.document', title: SAMPLE_ITEM_TITLE,
    summary: '部署全年政务公开重点任务，包括政策解读、政务公开专区建设和依申请公开办理。',
    body: '一、推进决策公开\n重大行政决策事项目录向社会公开。\n二、深化政策解读\n政策文件与解读材料同步起草、同步审签、同步发布。',
    docNo: '齐政办发〔2026〕3号', generatedOn: '2026-03-02', topicCode: '1001', disclosureMode: '主动公开', validity: '有效',
  });
  const published = await caller.catalogue.publish({ id: draft.id });
  return { id: draft.id, title: SAMPLE_ITEM_TITLE, indexNo: published.indexNo };
}
