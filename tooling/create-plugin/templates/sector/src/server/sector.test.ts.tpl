import { describe, expect, it } from 'vitest';
import { catalogueItemTypes } from '@gongkai/kernel/contracts';
import { KEY_SECTORS_PLUGIN_ID, recordTypeOf, sectors, type SectorRecord } from '@gongkai/plugin-key-sectors/contracts';
import { PLUGIN_ID, SECTOR_ID, type Notice } from '../contracts';
import { plugin } from './plugin';
import { amountsByYear, sector } from './sector';

const record = (id: string, data: Notice): SectorRecord<Notice> => ({
  id, divisionCode: '230108', organizationId: null, title: data.title, year: data.year, period: data.issuedOn,
  category: null, subjectKey: null, publishedAt: new Date('2026-03-02T00:00:00Z'), data,
});
const notice = (year: number, amount?: number): Notice => ({
  title: `${year} 年公示`, organization: '示例局', year, issuedOn: `${year}-03-02`, content: '公示内容', ...(amount === undefined ? {} : { amount }),
});

describe('__ID__ plugin', () => {
  it('requires key-sectors and contributes its sector and one catalogue item type', () => {
    expect(plugin.requires).toEqual([KEY_SECTORS_PLUGIN_ID]);
    const points = (plugin.contributes ?? []).map((c) => c.pointId);
    expect(points).toEqual([sectors.id, catalogueItemTypes.id]);
    expect(plugin.contributes?.[0]?.item).toBe(sector);
    expect(plugin.contributes?.[1]?.item).toMatchObject({ type: `${PLUGIN_ID}.${SECTOR_ID}.notice` });
    expect(Object.keys(plugin.permissions ?? {})).toEqual(['records.edit']);
    expect(sector.permission).toBe(`${PLUGIN_ID}.records.edit`);
  });

  it('derives the indexed columns of a notice', () => {
    const rt = recordTypeOf(sector, 'notice')!;
    expect(rt.columns({ ...notice(2026), docNo: '示字〔2026〕1号' })).toEqual({
      title: '2026 年公示', year: 2026, period: '2026-03-02', eventDate: '2026-03-02', searchKeys: ['示字〔2026〕1号'],
    });
  });

  it('makes counties publish by the end of the year', () => {
    const [req] = sector.requirements;
    expect(req).toMatchObject({ recordType: 'notice', levels: ['county'] });
    expect(req?.due.kind === 'byDate' && req.due.date(2026)).toBe('2026-12-31');
  });

  it('charts the amounts per year, with the same figures as a table', () => {
    const out = amountsByYear([record('a', notice(2025, 10.1)), record('b', notice(2026, 0.2)), record('c', notice(2025, 0.2)), record('d', notice(2026))]);
    expect(out.table.columns).toEqual(['年度', '涉及金额（万元）']);
    expect(out.table.rows).toEqual([['2025', 10.3], ['2026', 0.2]]);
  });
});
