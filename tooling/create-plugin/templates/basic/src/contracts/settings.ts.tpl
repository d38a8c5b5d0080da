import { z } from 'zod';

/**
 * Per-division settings, validated by the kernel when an administrator saves them and again when
 * they are read. Every field has a default, so a division that saved nothing still works.
 */
export const settingsSchema = z.object({
  greeting: z.string().trim().min(1, '请填写问候语').max(40, '问候语不能超过 40 个字')
    .default('您好')
    .meta({ title: '问候语', description: '公众页面上显示的问候语' }),
  signature: z.string().trim().max(40, '落款不能超过 40 个字')
    .default('')
    .meta({ title: '落款', description: '附在问候语之后，可留空' }),
}).strict();

export type Settings = z.infer<typeof settingsSchema>;
