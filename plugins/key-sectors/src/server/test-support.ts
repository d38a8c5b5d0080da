// Shared fixtures of the key-sectors integration tests (not shipped in ./server).
import type { Db } from '@gongkai/db';
import type { AnyPlugin } from '@gongkai/kernel';
import { createTestPlatform, type TestPlatformOptions } from '@gongkai/testing';
import { keySectorsPlugin } from './plugin';

/** A test platform with key-sectors installed (plus any extra plugins), typed with their routers. */
export function createKsPlatform<const P extends readonly AnyPlugin[] = []>(options: Omit<TestPlatformOptions<readonly [typeof keySectorsPlugin, ...P]>, 'plugins'> & { extra?: P } = {}) {
  const { extra, ...rest } = options;
  return createTestPlatform({ ...rest, plugins: [keySectorsPlugin, ...(extra ?? ([] as unknown as P))] as const });
}
export type KsPlatform = Awaited<ReturnType<typeof createKsPlatform<[]>>>;

/** An organisation in a division (the publishing body of catalogue items). */
export async function makeOrganization(db: Db, divisionCode: string, name: string, code = `KS${divisionCode}`): Promise<string> {
  const org = await db.organization.create({ data: { divisionCode, code, name, kind: 'government' } });
  return org.id;
}

export const threeExpensesFinal = (over: Record<string, unknown> = {}) => ({
  year: 2025,
  kind: '决算',
  scope: '本级政府',
  unitName: '平房区人民政府',
  approvedOn: '2026-07-20',
  unit: '万元',
  budget: { abroad: 10, vehiclePurchase: 20, vehicleRunning: 30.5, reception: 5 },
  actual: { abroad: 8, vehiclePurchase: 20, vehicleRunning: 28.25, reception: 4 },
  vehicleTotal: 48.25,
  total: 60.25,
  explanation: '严格控制公务接待和出国（境）活动，相应经费减少。',
  ...over,
});

export const budgetTableData = (over: Record<string, unknown> = {}) => ({
  year: 2026,
  kind: '预算',
  unitName: '平房区财政局',
  table: '一般公共预算财政拨款支出表',
  approvedOn: '2026-02-10',
  unit: '万元',
  rows: [
    { code: '201', name: '一般公共服务支出', amount: 150 },
    { code: '20106', name: '财政事务', amount: 150 },
    { code: '2010601', name: '行政运行', amount: 100, basic: 100, project: 0 },
    { code: '2010602', name: '一般行政管理事务', amount: 50 },
    { code: '208', name: '社会保障和就业支出', amount: 20.5 },
    { code: '20805', name: '行政事业单位养老支出', amount: 20.5 },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', amount: 20.5 },
  ],
  total: 170.5,
  ...over,
});

export const reading = (over: Record<string, unknown> = {}) => ({ stationCode: 'PF01', hour: '2026-11-25T08', pm25: 36, pm10: 80, o3: 40, so2: 10, no2: 30, co: 0.8, ...over });
