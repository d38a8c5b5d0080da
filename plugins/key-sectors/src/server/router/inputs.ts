// Shared input schemas of the key-sectors procedures.
import { divisionCode } from '@gongkai/kernel';
import { z } from 'zod';

export const sectorId = z.string().max(40).regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, '重点领域标识格式不正确');
export const recordTypeId = z.string().max(60).regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, '记录类型标识格式不正确');
export const recordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '记录编号格式不正确');
export const organizationId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '机构编号格式不正确');

/** Record data, validated afterwards by the record type's own schema; at most 1 MB as JSON. */
export const recordData = z.unknown().refine((v) => v !== undefined && JSON.stringify(v).length <= 1_000_000, '记录数据不能为空，且不超过 1 MB');

export const searchText = z.string().trim().max(100, '检索词不超过 100 个字符');

export const page = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(200, '每页不超过 200 条').default(20),
};

export { divisionCode, z };
