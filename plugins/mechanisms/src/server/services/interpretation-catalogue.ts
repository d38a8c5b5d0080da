// The catalogue item type interpretations are published as (contributed in contributions.ts).
import { catalogueItemTypes } from '@gongkai/kernel/contracts';
import { z } from 'zod';
import { interpretationForms } from '../../contracts/interpretation';

export const interpretationItemType = catalogueItemTypes.add({
  type: 'mechanisms.interpretation', label: '政策解读',
  metadata: z.object({
    policyItemId: z.string().max(64),
    policyTitle: z.string().max(300),
    form: z.enum(interpretationForms),
    experts: z.array(z.string().max(50)).max(20).default([]),
  }).strict(),
  fieldLabels: { policyItemId: '解读的政策文件', policyTitle: '政策文件名称', form: '解读形式', experts: '解读专家' },
});
