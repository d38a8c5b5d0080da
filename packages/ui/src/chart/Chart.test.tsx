import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Chart } from './Chart';
import { buildChartOption } from './chart-options';

describe('<Chart>', () => {
  it('always renders its data as a table with a caption', () => {
    render(<Chart title="各市依申请公开办理情况" kind="bar" unit="件" categories={['哈尔滨市', '齐齐哈尔市']}
      series={[{ name: '受理', data: [120, 45] }, { name: '按期答复', data: [118, null] }]} summary="哈尔滨市受理量最多。" />);
    const table = screen.getByRole('table', { name: '各市依申请公开办理情况：数据表' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['类别', '受理（件）', '按期答复（件）']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').map((c) => c.textContent)]))
      .toEqual([['哈尔滨市', '120', '118'], ['齐齐哈尔市', '45', '—']]);
    const img = screen.getByRole('img', { name: '各市依申请公开办理情况（图表，数据见下表）' });
    expect(img).toHaveAccessibleDescription('哈尔滨市受理量最多。');
  });

  it('tables a pie chart by category', () => {
    render(<Chart title="公开方式构成" kind="pie" categories={['主动公开', '依申请公开']} series={[{ name: '数量', data: [80, 20] }]} categoryLabel="公开方式" tableLayout="beside" />);
    expect(screen.getByRole('rowheader', { name: '主动公开' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '公开方式' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /数据见旁表/ })).toBeInTheDocument();
  });
});

describe('buildChartOption', () => {
  it('builds category axes for bar and line, and named slices for pie', () => {
    const bar = buildChartOption({ kind: 'bar', categories: ['a', 'b'], series: [{ name: 's', data: [1, 2] }] });
    expect(bar).toMatchObject({ xAxis: { type: 'category', data: ['a', 'b'] }, series: [{ type: 'bar', name: 's', data: [1, 2] }], aria: { decal: { show: true } } });
    const pie = buildChartOption({ kind: 'pie', categories: ['a', 'b'], series: [{ name: 's', data: [3, 4] }] });
    expect(pie).toMatchObject({ series: [{ type: 'pie', data: [{ name: 'a', value: 3 }, { name: 'b', value: 4 }] }] });
  });
});
