import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { DataTable, type Column } from './DataTable';
import { pageWindow } from './Pager';

interface Row { code: string; name: string; items: number | null }
const rows: Row[] = [
  { code: '2301', name: '哈尔滨市', items: 120 },
  { code: '2302', name: '齐齐哈尔市', items: 45 },
  { code: '2303', name: '鸡西市', items: null },
  { code: '2304', name: '鹤岗市', items: 7 },
  { code: '2305', name: '双鸭山市', items: 300 },
];
const columns: Column<Row>[] = [
  { key: 'code', header: '代码', sortable: true },
  { key: 'name', header: '名称', rowHeader: true },
  { key: 'items', header: '公开事项数', sortable: true, align: 'end' },
];

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const firstCells = () => bodyRows().map((r) => within(r).getAllByRole('cell')[0]?.textContent);

describe('<DataTable>', () => {
  it('has a caption, column headers with scope and row headers', () => {
    render(<DataTable caption="各市公开事项" columns={columns} rows={rows} rowKey={(r) => r.code} />);
    const table = screen.getByRole('table', { name: '各市公开事项' });
    expect(table.querySelector('caption')).toHaveTextContent('各市公开事项');
    expect(screen.getAllByRole('columnheader').map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(screen.getByRole('rowheader', { name: '哈尔滨市' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /代码/ })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: '名称' })).not.toHaveAttribute('aria-sort');
  });

  it('sorts by a column, toggling direction, keeping empty values last', async () => {
    const user = userEvent.setup();
    render(<DataTable caption="各市公开事项" columns={columns} rows={rows} rowKey={(r) => r.code} />);
    await user.click(screen.getByRole('button', { name: /公开事项数/ }));
    expect(screen.getByRole('columnheader', { name: /公开事项数/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual(['7', '45', '120', '300', '']);
    await user.click(screen.getByRole('button', { name: /公开事项数/ }));
    expect(screen.getByRole('columnheader', { name: /公开事项数/ })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual(['300', '120', '45', '7', '']);
  });

  it('pages through rows', async () => {
    const user = userEvent.setup();
    render(<MemoryRouter><DataTable caption="各市" columns={columns} rows={rows} rowKey={(r) => r.code} pageSize={2} initialSort={{ key: 'code', direction: 'ascending' }} /></MemoryRouter>);
    expect(firstCells()).toEqual(['2301', '2302']);
    const nav = screen.getByRole('navigation', { name: '分页' });
    expect(within(nav).getByText('第 1 页，共 3 页')).toBeInTheDocument();
    await user.click(within(nav).getByRole('button', { name: '下一页' }));
    expect(firstCells()).toEqual(['2303', '2304']);
    await user.click(within(nav).getByRole('button', { name: '第 3 页' }));
    expect(firstCells()).toEqual(['2305']);
    expect(within(nav).getByText('3')).toHaveAttribute('aria-current', 'page');
  });

  it('renders server-side pages as links and says when there is nothing', () => {
    render(<MemoryRouter><DataTable caption="结果" columns={columns} rows={[]} rowKey={(r) => r.code} pagination={{ page: 2, pageCount: 4, hrefFor: (p) => `/search?page=${p}` }} /></MemoryRouter>);
    expect(screen.getByRole('cell', { name: '暂无数据' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '上一页' })).toHaveAttribute('href', '/search?page=1');
    expect(screen.getByRole('link', { name: '第 4 页' })).toHaveAttribute('href', '/search?page=4');
  });
});

describe('pageWindow', () => {
  it('shows the ends and the neighbourhood with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
  });
});
