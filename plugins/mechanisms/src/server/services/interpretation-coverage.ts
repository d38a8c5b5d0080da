// Major policies of a division subtree published in a period, each with the day its first
// interpretation was published (by anyone: a provincial interpretation of a city policy counts).
import type { Tx } from '@gongkai/db';
import type { PolicyForCoverage } from '../domain/interpretation/coverage';

type Reader = Pick<Tx, '$queryRaw'>;

export async function majorPoliciesFor(db: Reader, divisionCode: string, from: string, to: string): Promise<(PolicyForCoverage & { id: string; divisionCode: string; note: string | null })[]> {
  const rows = await db.$queryRaw<{ id: string; item_id: string; item_title: string; division_code: string; note: string | null; published_on: Date; first: Date | null }[]>`
    SELECT m.id, m.item_id, m.item_title, m.division_code, m.note, m.published_on,
           (SELECT min(i.published_on) FROM mechanisms_interpretation i WHERE i.policy_item_id = m.item_id AND i.status = 'published') AS first
    FROM mechanisms_major_policy m
    WHERE m.division_code LIKE ${`${divisionCode}%`} AND m.published_on >= ${from}::date AND m.published_on <= ${to}::date
    ORDER BY m.published_on, m.item_title`;
  return rows.map((r) => ({
    id: r.id, itemId: r.item_id, title: r.item_title, divisionCode: r.division_code, note: r.note,
    publishedOn: r.published_on.toISOString().slice(0, 10), interpretedOn: r.first ? r.first.toISOString().slice(0, 10) : null,
  }));
}
