// Field builders for sector schemas: each carries its Chinese label (`.describe`) and Chinese
// error messages that name the field, so a bad value is reported as "PM2.5 浓度不能为负数".
import { z } from 'zod';
import { isCreditCode } from './credit-code';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function text(label: string, max = 200) {
  return z.string({ error: `${label}须为文字` }).trim().min(1, `${label}不能为空`).max(max, `${label}不超过 ${max} 个字符`).describe(label);
}

export function optionalText(label: string, max = 200) {
  return z.string({ error: `${label}须为文字` }).trim().max(max, `${label}不超过 ${max} 个字符`).optional().describe(label);
}

export function longText(label: string, max = 20_000) {
  return z.string({ error: `${label}须为文字` }).trim().min(1, `${label}不能为空`).max(max, `${label}不超过 ${max} 个字符`).describe(label);
}

export function isoDate(label: string) {
  return z.string({ error: `${label}须为日期` }).max(10, `${label}格式须为 YYYY-MM-DD`)
    .refine(isIsoDate, `${label}须为有效日期，格式 YYYY-MM-DD`).describe(label);
}

export function optionalIsoDate(label: string) {
  return isoDate(label).optional().describe(label);
}

/** An hour of a day in China, 'YYYY-MM-DDTHH' (HH 00–23: the hour the 1-hour average starts). */
export function hourKey(label: string) {
  return z.string({ error: `${label}须为时刻` }).max(13)
    .refine((s) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3])$/.test(s) && isIsoDate(s.slice(0, 10)), `${label}格式须为 YYYY-MM-DDTHH（00–23 时）`)
    .describe(label);
}

export function year(label = '年度') {
  return z.number({ error: `${label}须为年份数字` }).int(`${label}须为整数`).min(1949, `${label}不早于 1949 年`).max(2200, `${label}不晚于 2200 年`).describe(label);
}

/** Money in 万元 (or yuan), non-negative, at most two decimals. */
export function amount(label: string) {
  return z.number({ error: `${label}须为数字` }).finite(`${label}须为有限数字`)
    .min(0, `${label}不能为负数`)
    .max(1e12, `${label}过大`)
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, `${label}最多保留两位小数`)
    .describe(label);
}

/** A pollutant concentration: non-negative and below a plausibility ceiling. */
export function concentration(label: string, unit: string, max: number) {
  return z.number({ error: `${label}须为数字（${unit}）` }).finite(`${label}须为有限数字`)
    .min(0, `${label}不能为负数（单位 ${unit}）`)
    .max(max, `${label}超过 ${max} ${unit}，请核对`)
    .describe(`${label}（${unit}）`);
}

export function count(label: string) {
  return z.number({ error: `${label}须为整数` }).int(`${label}须为整数`).min(0, `${label}不能为负数`).max(1e9, `${label}过大`).describe(label);
}

export function percent(label: string) {
  return z.number({ error: `${label}须为数字` }).min(0, `${label}不能小于 0`).max(100, `${label}不能大于 100`).describe(label);
}

export function choice<const V extends readonly [string, ...string[]]>(label: string, values: V) {
  return z.enum(values, { error: `${label}须为以下之一：${values.join('、')}` }).describe(label);
}

export function yesNo(label: string) {
  return z.boolean({ error: `${label}须为“是”或“否”` }).describe(label);
}

export function url(label: string) {
  return z.string().trim().max(500, `${label}不超过 500 个字符`).regex(/^https?:\/\/\S+$/, `${label}须为 http(s) 网址`).describe(label);
}

/** 统一社会信用代码 (GB 32100-2015), checked with its check character. */
export function creditCode(label = '统一社会信用代码') {
  return z.string({ error: `${label}须为文字` }).trim().toUpperCase().length(18, `${label}须为 18 位`)
    .refine(isCreditCode, `${label}校验位不正确或含有非法字符`).describe(label);
}

/**
 * A refinement for objects with a start and an end date: the end may not precede the start.
 * The issue is reported on the end field, naming both fields.
 */
export function endNotBeforeStart<T extends Record<string, unknown>>(start: keyof T & string, end: keyof T & string, startLabel: string, endLabel: string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const a = value[start];
    const b = value[end];
    if (typeof a === 'string' && typeof b === 'string' && b < a) {
      ctx.addIssue({ code: 'custom', path: [end], message: `${endLabel}（${b}）不能早于${startLabel}（${a}）` });
    }
  };
}

/** Integer cents of a 2-decimal amount: sums are compared exactly, never as floats. */
export function cents(v: number): number {
  return Math.round(v * 100);
}

export function formatAmount(c: number): string {
  const sign = c < 0 ? '-' : '';
  const a = Math.abs(c);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
