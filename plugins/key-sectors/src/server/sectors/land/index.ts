// Sector 8 of the work plan: 征地拆迁. Each acquisition as a versioned procedure (2004 law:
// notice, confirmation, hearing, approval announcement, compensation registration, compensation
// and resettlement plan; 2019 law: pre-announcement, plan announcement, registration and
// agreements before approval) with documents and statutory periods, and the public 征地信息查询
// by place, project or approval number.
import { defineRecordType, defineSector, yearOf } from '../../../contracts';
import { LAW_LABELS } from './procedure';
import { acquisitionSchema, lawOf } from './schema';

const TOPIC = '0501'; // 国土资源、能源 › 土地

const announcement = (law: '2004年土地管理法' | '2019年修正土地管理法', days: number) => ({
  id: law === '2004年土地管理法' ? 'announcements-2004' : 'announcements-2019',
  label: `征地批准后公告（${law === '2004年土地管理法' ? '2004 年法，10' : '2019 年法，15'} 个工作日内）`,
  recordType: 'acquisition', levels: ['prefecture', 'county'] as const, each: true,
  categories: [`${law}:已批准`], appliesWhen: { categories: [`${law}:已批准`] },
  due: { kind: 'afterEvent' as const, days, unit: 'working' as const, eventLabel: '征地批准', latestEvent: (y: number) => `${y}-12-31` },
  basis: `${LAW_LABELS[lawOf(law)]}；黑政办综〔2014〕4号第8项：征地批准后征地公告，重点推行征地信息查询制度`,
});

export const landSector = defineSector({
  id: 'land',
  label: '征地拆迁',
  description: '征地报批前告知、确认、听证，征地批准后征地公告、征地补偿登记和征地补偿安置方案公告；征地信息查询（批复、范围、补偿、安置）。',
  planItem: 8,
  topicCode: TOPIC,
  permission: 'key-sectors.land.edit',
  recordTypes: [
    defineRecordType({
      id: 'acquisition', label: '征收土地信息', schema: acquisitionSchema,
      columns: (d) => {
        const first = [...d.steps].sort((a, b) => a.date.localeCompare(b.date))[0]?.date ?? d.approvedOn ?? null;
        return {
          title: `${d.projectName}征收土地${d.approvalNo ? `（${d.approvalNo}）` : ''}`,
          year: d.approvedOn ? yearOf(d.approvedOn) : first ? yearOf(first) : null,
          period: d.approvedOn ?? first, category: `${d.law}:${d.approvedOn ? '已批准' : '报批前'}`,
          subjectKey: d.approvalNo ?? null, naturalKey: d.approvalNo ? `${d.approvalNo}@${d.projectName}` : null, eventDate: d.approvedOn ?? null,
          searchKeys: d.approvalNo ? [d.approvalNo] : [],
        };
      },
      searchFields: ['projectName', 'approvalNo', 'place', 'owners', 'purpose'],
      catalogue: {
        topicCode: TOPIC,
        summary: (d) => `${d.projectName}拟征收${d.place}${d.owners}土地 ${d.area} 公顷，用途：${d.purpose}。${d.approvedOn ? `经${d.approvalAuthority ?? ''}于${d.approvedOn}批准（${d.approvalNo}）。` : '尚在报批前程序。'}补偿标准：${d.compensationStandard.slice(0, 200)}；安置途径：${d.resettlement.slice(0, 200)}`,
        docNo: (d) => d.approvalNo ?? null,
        generatedOn: (d) => d.approvedOn ?? d.steps[0]?.date ?? null,
        metadata: (d) => ({ law: d.law, approvalNo: d.approvalNo ?? null, approvedOn: d.approvedOn ?? null, place: d.place, area: d.area }),
      },
      list: { columns: [{ field: 'projectName' }, { field: 'place' }, { field: 'approvalNo' }, { field: 'approvedOn' }, { field: 'law' }] },
    }),
  ],
  requirements: [announcement('2004年土地管理法', 10), announcement('2019年修正土地管理法', 15)],
});
