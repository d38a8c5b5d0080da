// Sector 5 of the work plan: 环境保护 — air quality monitoring (PM2.5, O3 ...) with AQI per
// HJ 633—2012, pollution-control policies, and supervision of pollutant-discharging units.
import { defineChart, defineRecordType, defineSector, type SectorRecord } from '../../../contracts';
import { dailyAqiChart, hourlyAqiChart, pollutantChart } from './charts';
import { dischargeUnitSchema, policySchema, readingSchema, stationSchema, type Reading } from './schemas';

const TOPIC = '1003'; // 城乡建设、环境保护 › 环境监测、保护与治理

const station = defineRecordType({
  id: 'station',
  label: '空气质量监测站点',
  schema: stationSchema,
  columns: (d) => ({ title: `${d.name}空气质量监测站点`, subjectKey: d.code, naturalKey: d.code, period: d.since ?? null, year: d.since ? Number(d.since.slice(0, 4)) : null, category: d.kind, searchKeys: [d.code] }),
  searchFields: ['name', 'code', 'address'],
  catalogue: {
    topicCode: TOPIC,
    summary: (d) => `${d.kind}空气质量监测站点“${d.name}”（编码 ${d.code}）${d.address ? `，位于${d.address}` : ''}，逐小时公开 PM2.5、PM10、O3、SO2、NO2、CO 浓度及空气质量指数。`,
    metadata: (d) => ({ code: d.code, kind: d.kind }),
  },
  list: { columns: [{ field: 'code' }, { field: 'name' }, { field: 'kind' }, { field: 'address' }] },
  detail: { sections: [{ title: '站点信息', fields: [{ field: 'code' }, { field: 'name' }, { field: 'kind' }, { field: 'address' }, { field: 'longitude' }, { field: 'latitude' }, { field: 'since' }] }] },
});

const reading = defineRecordType({
  id: 'reading',
  label: '空气质量小时监测数据',
  description: '逐小时浓度（时段为该小时平均的起始时刻）；CO 单位 mg/m³，其余 µg/m³。数据量大，不逐条编入公开目录，通过站点页面、图表和开放接口公开。',
  schema: readingSchema,
  columns: (d) => ({ title: `站点 ${d.stationCode} ${d.hour.replace('T', ' ')}时监测数据`, subjectKey: d.stationCode, naturalKey: `${d.stationCode}@${d.hour}`, period: d.hour, year: Number(d.hour.slice(0, 4)) }),
  searchFields: ['stationCode'],
  catalogue: false,
  list: { columns: [{ field: 'stationCode' }, { field: 'hour' }, { field: 'pm25' }, { field: 'pm10' }, { field: 'o3' }, { field: 'so2' }, { field: 'no2' }, { field: 'co' }] },
  import: { templateHeaders: ['stationCode', 'hour', 'pm25', 'pm10', 'o3', 'so2', 'no2', 'co'] },
});

const dischargeUnit = defineRecordType({
  id: 'discharge-unit',
  label: '排污单位环境监管信息',
  schema: dischargeUnitSchema,
  columns: (d) => ({ title: `${d.name}环境监管信息（${d.inspectedOn}）`, subjectKey: d.creditCode, year: Number(d.inspectedOn.slice(0, 4)), period: d.inspectedOn, category: d.result, searchKeys: [d.creditCode] }),
  searchFields: ['name', 'creditCode', 'address', 'industry', 'pollutants'],
  catalogue: {
    topicCode: TOPIC,
    summary: (d) => `${d.name}（${d.creditCode}）${d.inspectedOn}监测结果：${d.result}。治理措施及效果：${d.treatment.slice(0, 200)}`,
    generatedOn: (d) => d.inspectedOn,
    metadata: (d) => ({ creditCode: d.creditCode, result: d.result, inspectedOn: d.inspectedOn }),
  },
  list: { columns: [{ field: 'name' }, { field: 'creditCode' }, { field: 'inspectedOn' }, { field: 'result' }] },
});

const policy = defineRecordType({
  id: 'policy',
  label: '环境污染治理政策措施',
  schema: policySchema,
  columns: (d) => ({ title: d.title, year: Number(d.issuedOn.slice(0, 4)), period: d.issuedOn, eventDate: d.issuedOn, searchKeys: d.docNo ? [d.docNo] : [] }),
  searchFields: ['title', 'docNo', 'content'],
  catalogue: { topicCode: TOPIC, summary: (d) => d.content.slice(0, 300), body: (d) => d.content, docNo: (d) => d.docNo ?? null, generatedOn: (d) => d.issuedOn },
  list: { columns: [{ field: 'title' }, { field: 'docNo' }, { field: 'issuedOn' }] },
});

const stationLabel = (records: readonly SectorRecord<Reading>[], subject?: string) => `站点 ${subject ?? records[0]?.data.stationCode ?? ''} `;

export const environmentSector = defineSector({
  id: 'environment',
  label: '环境保护',
  description: '空气质量监测（细颗粒物、臭氧等）与空气质量指数、环境污染治理政策措施、排污单位环境监管信息及治理效果。',
  planItem: 5,
  topicCode: TOPIC,
  permission: 'key-sectors.environment.edit',
  recordTypes: [station, reading, dischargeUnit, policy],
  requirements: [
    {
      id: 'air-stations', label: '公开空气质量监测站点', recordType: 'station', levels: ['prefecture', 'county'],
      due: { kind: 'byDate', label: '每年 3 月 31 日前', date: (y) => `${y}-03-31` },
      basis: '黑政办综〔2014〕4号第5项：加大对细颗粒物（PM2.5）、臭氧等空气质量的监测公开力度',
    },
    {
      id: 'air-readings', label: '公开空气质量小时监测数据', recordType: 'reading', levels: ['prefecture', 'county'],
      due: { kind: 'byDate', label: '每年 1 月 31 日前开始逐小时公开', date: (y) => `${y}-01-31` },
      basis: '黑政办综〔2014〕4号第5项；HJ 633—2012 实时报',
    },
    {
      id: 'discharge-supervision', label: '公开排污单位环境监管信息', recordType: 'discharge-unit', levels: ['prefecture', 'county'],
      due: { kind: 'byDate', label: '每年 12 月 31 日前', date: (y) => `${y}-12-31` },
      basis: '黑政办综〔2014〕4号第5项：及时公开排污单位环境监管信息，督促排污单位公开污染治理效果',
    },
  ],
  charts: [
    defineChart<Reading>({
      id: 'aqi-hourly', label: '逐小时空气质量指数', recordType: 'reading',
      needs: { subjectKey: true, range: true, maxRangeDays: 7, lookbackDays: 1 },
      build: (records, { settings, query }) => hourlyAqiChart(records, query.from!, query.to!, settings.aqi, stationLabel(records, query.subjectKey)),
    }),
    defineChart<Reading>({
      id: 'aqi-daily', label: '逐日空气质量指数', recordType: 'reading',
      needs: { subjectKey: true, range: true, maxRangeDays: 92 },
      build: (records, { settings, query }) => dailyAqiChart(records, query.from!, query.to!, settings.aqi, stationLabel(records, query.subjectKey)),
    }),
    defineChart<Reading>({
      id: 'pollutants-hourly', label: '逐小时污染物浓度', recordType: 'reading',
      needs: { subjectKey: true, range: true, maxRangeDays: 7 },
      build: (records, { query }) => pollutantChart(records, stationLabel(records, query.subjectKey)),
    }),
  ],
});
