// Record schemas of the environment sector (work plan item 5).
import { z } from 'zod';
import { choice, concentration, creditCode, hourKey, isoDate, longText, optionalIsoDate, optionalText, text } from '../../../contracts';

export const stationCode = z.string().trim().min(1, '站点编码不能为空').max(32, '站点编码不超过 32 个字符')
  .regex(/^[A-Za-z0-9-]+$/, '站点编码只能含字母、数字和连字符').describe('站点编码');

export const stationSchema = z.object({
  code: stationCode,
  name: text('站点名称', 100),
  kind: choice('站点类型', ['国控', '省控', '市控', '县控']),
  address: optionalText('地址', 200),
  longitude: z.number({ error: '经度须为数字' }).min(73, '经度须在 73–136 之间').max(136, '经度须在 73–136 之间').optional().describe('经度'),
  latitude: z.number({ error: '纬度须为数字' }).min(3, '纬度须在 3–54 之间').max(54, '纬度须在 3–54 之间').optional().describe('纬度'),
  since: optionalIsoDate('启用日期'),
}).strict();

const pm = (label: string) => concentration(label, 'µg/m³', 2000).optional();

/** One hourly reading of a station; at least one pollutant. CO in mg/m³, the rest in µg/m³. */
export const readingSchema = z.object({
  stationCode,
  hour: hourKey('监测时段'),
  pm25: pm('PM2.5 浓度'),
  pm10: pm('PM10 浓度'),
  o3: concentration('O3 浓度', 'µg/m³', 2000).optional(),
  so2: concentration('SO2 浓度', 'µg/m³', 5000).optional(),
  no2: concentration('NO2 浓度', 'µg/m³', 5000).optional(),
  co: concentration('CO 浓度', 'mg/m³', 200).optional(),
}).strict().refine((r) => ['pm25', 'pm10', 'o3', 'so2', 'no2', 'co'].some((k) => r[k as keyof typeof r] !== undefined), { message: '监测数据至少须有一项污染物浓度', path: ['pm25'] });

/** 排污单位环境监管信息 and the unit's treatment results. */
export const dischargeUnitSchema = z.object({
  name: text('单位名称', 200),
  creditCode: creditCode(),
  address: optionalText('地址', 200),
  industry: optionalText('行业类别', 100),
  pollutants: text('主要污染物', 200),
  inspectedOn: isoDate('检查（监测）日期'),
  result: choice('监测结果', ['达标', '超标']),
  treatment: longText('治理措施及效果', 5000),
  penalty: optionalText('处理处罚情况', 2000),
}).strict();

/** 地方政府环境污染治理政策措施 */
export const policySchema = z.object({
  title: text('标题', 200),
  docNo: optionalText('文号', 100),
  issuedOn: isoDate('印发日期'),
  content: longText('主要内容', 50_000),
}).strict();

export type Station = z.output<typeof stationSchema>;
export type Reading = z.output<typeof readingSchema>;
export type DischargeUnit = z.output<typeof dischargeUnitSchema>;
export type Policy = z.output<typeof policySchema>;
