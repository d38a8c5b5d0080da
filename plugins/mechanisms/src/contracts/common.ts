import { z } from 'zod';

export const divisionCode = z.string().regex(/^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/, '行政区划代码格式不正确');
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '标识格式不正确');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式须为 YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, '不是有效的日期');
/** A trimmed text field with a Chinese label in its messages. */
export const text = (label: string, max: number, min = 0) => {
  const s = z.string().max(max, `${label}不超过${max}个字符`).trim();
  return min > 0 ? s.min(min, `请填写${label}`) : s;
};
export const optionalText = (label: string, max: number) => text(label, max).nullish().transform((v) => (v ? v : null));
export const pageInput = { cursor: z.number().int().min(0).max(1_000_000).default(0), limit: z.number().int().min(1).max(100).default(20) };
