// Contributions to the kernel's extension points: catalogue item types, metrics, channels.
import { catalogueItemTypes } from '@gongkai/kernel/contracts';
import { z } from 'zod';
import { metricContributions } from './metrics';

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
  ...metricContributions,
];
