// Input fields shared by the administration routers. Messages are Chinese; every string is bounded.
import { z } from 'zod';

/** Database ids (cuid). */
export const recordId = z.string().regex(/^[a-z0-9]{20,40}$/, '编号格式无效');

// Control characters are exactly what these patterns exclude.
/* eslint-disable no-control-regex */
const UNSAFE_PLAIN = /[<>"'`;\\\u0000-\u001f\u007f]/;
/* eslint-enable no-control-regex */
const UNSAFE_MESSAGE = '不能包含 < > " \' ` ; \\ 或控制字符';

/**
 * A single-line name or label shown in the console and on public pages: no markup characters,
 * quotes, semicolons, backslashes or control characters (full-width punctuation is fine).
 */
export function plainText(max: number) {
  return z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字符`)
    .refine((v) => !UNSAFE_PLAIN.test(v), UNSAFE_MESSAGE);
}

/** Optional search text with the same character rules. */
export function searchText(max = 50) {
  return z.string().trim().max(max, `不能超过 ${max} 个字符`)
    .refine((v) => !UNSAFE_PLAIN.test(v), UNSAFE_MESSAGE);
}

export const username = z.string().trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]{3,31}$/, '须为 4–32 位字母、数字、下划线、点或连字符，以字母开头');

/** New passwords: 10–128 characters with at least a letter and a digit. */
export const newPassword = z.string()
  .min(10, '至少 10 个字符').max(128, '不能超过 128 个字符')
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), '须同时包含字母和数字');

/** Mainland mobile number. */
export const phone = z.string().trim().regex(/^1[3-9]\d{9}$/, '须为 11 位手机号码');

export const email = z.string().trim().max(100, '不能超过 100 个字符').email('邮箱格式无效');

/** Organisation code used in 索引号: 组织机构代码 (9), 统一社会信用代码 (18) or an internal code. */
export const orgCode = z.string().trim().regex(/^[0-9A-Z][0-9A-Z-]{0,19}$/, '须为 1–20 位大写字母、数字或连字符（如组织机构代码 000014349）');

/** A calendar date 'YYYY-MM-DD' (Asia/Shanghai). */
export const calendarDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '须为 YYYY-MM-DD 格式的日期')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)), '日期无效');

/** The instant a Shanghai calendar day starts. */
export function shanghaiDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export const paging = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

/** Plugin ids (kebab-case). */
export const pluginId = z.string().max(64, '不能超过 64 个字符').regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, '功能模块编号格式无效');

/** Permission ids `<plugin>.<resource>.<action>`. */
export const permissionId = z.string().max(120, '不能超过 120 个字符').regex(/^[a-z][a-z0-9-]*\.[a-z][a-zA-Z0-9-]*\.[a-z][a-zA-Z0-9-]*$/, '权限编号格式无效');
