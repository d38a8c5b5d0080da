// 索引号: assigned at first publication, per publishing organisation and year (Asia/Shanghai),
// unique and gap-free. The counter row is locked by the publish transaction itself, so a publish
// that rolls back releases its number with everything else.
import type { Tx } from '@gongkai/db';

export interface IndexNoParts { divisionCode: string; orgCode: string; year: number; seq: number }

const PLACEHOLDER = /\{(divisionCode|orgCode|yyyy|n+)\}/g;

/** Checks a display template: it must contain the sequence ({nnnnn}) and the year ({yyyy}). */
export function validateIndexNoTemplate(template: string): string | null {
  const unknown = template.replace(PLACEHOLDER, '').match(/\{[^}]*\}/);
  if (unknown) return `索引号模板含未知占位符 ${unknown[0]}`;
  if (!/\{n+\}/.test(template)) return '索引号模板须包含流水号占位符 {nnnnn}';
  if (!template.includes('{yyyy}')) return '索引号模板须包含年份占位符 {yyyy}';
  return null;
}

/**
 * Renders a 索引号 from `template`: `{divisionCode}`, `{orgCode}`, `{yyyy}`, and `{n…n}` (the
 * sequence, zero-padded to the number of n's; a longer number is written in full).
 */
export function renderIndexNo(template: string, p: IndexNoParts): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    if (key === 'divisionCode') return p.divisionCode;
    if (key === 'orgCode') return p.orgCode;
    if (key === 'yyyy') return String(p.year).padStart(4, '0');
    return String(p.seq).padStart(key.length, '0');
  });
}

/**
 * The next number for (organisation, year), inside the caller's transaction. The UPDATE holds the
 * counter row's lock until that transaction ends: concurrent publishers queue behind it, and a
 * rollback undoes the increment.
 */
export async function nextIndexSeq(tx: Tx, organizationId: string, year: number): Promise<number> {
  await tx.$executeRaw`INSERT INTO kernel_index_sequence (organization_id, year, last_value) VALUES (${organizationId}, ${year}, 0) ON CONFLICT DO NOTHING`;
  const rows = await tx.$queryRaw<{ last_value: number }[]>`UPDATE kernel_index_sequence SET last_value = last_value + 1 WHERE organization_id = ${organizationId} AND year = ${year} RETURNING last_value`;
  const value = rows[0]?.last_value;
  if (value === undefined) throw new Error(`index sequence row missing for ${organizationId}/${year}`);
  return Number(value);
}
