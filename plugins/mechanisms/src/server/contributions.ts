// Contributions to the kernel's extension points: catalogue item types, metrics, channels.
import { catalogueItemTypes, channels } from '@gongkai/kernel/contracts';
import { z } from 'zod';
import { metricContributions } from './metrics';
import { interpretationItemType } from './services/interpretation-catalogue';

export const contributions = [
  catalogueItemTypes.add({
    type: 'mechanisms.disclosed', label: '依申请公开答复内容',
    metadata: z.object({ requestNumber: z.string().max(40), outcomeCode: z.string().max(40) }).strict(),
    fieldLabels: { requestNumber: '申请编号', outcomeCode: '办理结果' },
  }),
  catalogueItemTypes.add({
    type: 'mechanisms.annual-report', label: '政府信息公开工作年度报告',
    metadata: z.object({ year: z.number().int(), scope: z.enum(['organization', 'division']) }).strict(),
    fieldLabels: { year: '年度', scope: '范围' },
  }),
  catalogueItemTypes.add({
    type: 'mechanisms.release', label: '主动发布信息',
    metadata: z.object({ category: z.enum(['meeting', 'activity', 'decision', 'economic-data', 'emergency', 'other']) }).strict(),
    fieldLabels: { category: '发布类别' },
  }),
  // The portal shows every published catalogue item; this channel records that the release is on
  // the division's website (its item page). Other plugins add microblog, gazette and media channels.
  channels.add({
    id: 'mechanisms.website', label: '政府网站', pluginId: 'mechanisms',
    async deliver(release, { logger }) {
      logger.info({ item: release.catalogueItemId }, 'release on the website');
      return { externalRef: release.url };
    },
  }),
  interpretationItemType,
  ...metricContributions,
];
