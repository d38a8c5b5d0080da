// The console queue: deadline order (overdue first, then the soonest due date, cases without a
// running clock last) and the written highlighting of overdue and due-soon cases.
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { dueState, orderByDeadline } from './pages/shared/due-state';
import { QueueTable, type QueueRow } from './pages/requests/QueueTable';

const TODAY = '2026-10-09';
// Three working days after Friday 9 October 2026: Sat 10 Oct is a make-up working day → 13 Oct.
const SOON = '2026-10-13';

let seq = 0;
function row(number: string, over: Partial<QueueRow>): QueueRow {
  seq++;
  return {
    id: `r${seq}`, number, divisionCode: '2301', organizationId: 'org1', organizationName: '哈尔滨市交通运输局',
    channel: 'online', channelLabel: '网上申请', applicantName: `申请人${seq}`, applicantType: 'natural', description: '道路维修计划',
    receivedOn: '2026-09-30', dueDate: '2026-11-03', provisional: false, paused: false, overdue: false,
    status: 'processing', statusLabel: '办理中', outcomeCode: null, closedOn: null, correctionNotice: null, ...over,
  };
}

const rows: QueueRow[] = [
  row('2301-2026-000001-AAAA', { dueDate: '2026-11-03' }),
  row('2301-2026-000002-BBBB', { dueDate: null, status: 'awaiting-correction', statusLabel: '待申请人补正' }),
  row('2301-2026-000003-CCCC', { dueDate: '2026-10-12' }),
  // Flagged by the sweep although its date is later than others.
  row('2301-2026-000004-DDDD', { dueDate: '2026-10-08', overdue: true }),
  // Past due but not yet swept: still overdue.
  row('2301-2026-000005-EEEE', { dueDate: '2026-09-29', receivedOn: '2026-09-01' }),
  row('2301-2026-000006-FFFF', { dueDate: '2026-10-13', provisional: true }),
  row('2301-2026-000007-GGGG', { dueDate: '2026-10-14' }),
];

describe('queue ordering', () => {
  it('puts overdue cases first, then the soonest deadline, and cases without a running clock last', () => {
    const ordered = orderByDeadline(rows, TODAY, SOON).map((r) => r.number.slice(10, 16));
    expect(ordered).toEqual(['000005', '000004', '000003', '000006', '000007', '000001', '000002']);
  });

  it('classifies each deadline against today and the due-soon horizon', () => {
    const states = Object.fromEntries(rows.map((r) => [r.number.slice(10, 16), dueState(r, TODAY, SOON)]));
    expect(states).toEqual({ '000001': 'on-track', '000002': 'waiting', '000003': 'due-soon', '000004': 'overdue', '000005': 'overdue', '000006': 'due-soon', '000007': 'on-track' });
    expect(dueState({ ...rows[0]!, status: 'closed', overdue: true }, TODAY, SOON)).toBe('closed');
    expect(dueState({ ...rows[0]!, dueDate: null, paused: true }, TODAY, SOON)).toBe('paused');
    // Without the horizon (still loading) nothing is called due soon, but overdue is still shown.
    expect(dueState(rows[2]!, TODAY, null)).toBe('on-track');
    expect(dueState(rows[3]!, null, null)).toBe('overdue');
  });
});

describe('QueueTable', () => {
  function renderTable() {
    return render(
      <MemoryRouter>
        <QueueTable rows={rows} today={TODAY} soonLimit={SOON} caption="哈尔滨市的申请（按答复期限排序）" caseHref={(id) => `/console/mechanisms/requests/${id}`} />
      </MemoryRouter>,
    );
  }

  it('renders the rows in deadline order with links to each case', () => {
    renderTable();
    const table = screen.getByRole('table', { name: '哈尔滨市的申请（按答复期限排序）' });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '2301-2026-000005-EEEE', '2301-2026-000004-DDDD', '2301-2026-000003-CCCC', '2301-2026-000006-FFFF',
      '2301-2026-000007-GGGG', '2301-2026-000001-AAAA', '2301-2026-000002-BBBB',
    ]);
    expect(within(bodyRows[0]!).getByRole('link', { name: '2301-2026-000005-EEEE' })).toHaveAttribute('href', `/console/mechanisms/requests/${rows[4]!.id}`);
  });

  it('marks overdue and due-soon cases in words, counts them, and shows provisional dates', () => {
    renderTable();
    expect(screen.getByTestId('due-2301-2026-000005-EEEE')).toHaveTextContent('2026年9月29日 已逾期');
    expect(screen.getByTestId('due-2301-2026-000004-DDDD')).toHaveTextContent('已逾期');
    expect(screen.getByTestId('due-2301-2026-000003-CCCC')).toHaveTextContent('2026年10月12日 即将到期');
    expect(screen.getByTestId('due-2301-2026-000006-FFFF')).toHaveTextContent('2026年10月13日（暂定） 即将到期');
    expect(screen.getByTestId('due-2301-2026-000007-GGGG')).toHaveTextContent(/^2026年10月14日\s*$/);
    expect(screen.getByTestId('due-2301-2026-000002-BBBB')).toHaveTextContent('未起算 期限未起算');
    expect(screen.getAllByText('已逾期')).toHaveLength(2);
    expect(screen.getAllByText('即将到期')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('已逾期 2 件；3个工作日内到期 2 件（截至2026年10月13日）');
  });
});

describe('the 补正 notice deadline in the queue', () => {
  const open = (dueDate: string, overdue = false) => ({ state: 'open' as const, stateLabel: '待审查：尚未告知补正，也未确认无需补正', dueDate, provisional: false, overdue });
  const cases: QueueRow[] = [
    row('2301-2026-000011-AAAA', { dueDate: '2026-11-03', correctionNotice: open('2026-10-12') }),
    row('2301-2026-000012-BBBB', { dueDate: '2026-10-20', correctionNotice: { ...open('2026-09-28'), state: 'sent', stateLabel: '已告知补正' } }),
    // Flagged by the sweep: the 补正 notice deadline passed with the stage still open.
    row('2301-2026-000013-CCCC', { dueDate: '2026-11-05', correctionNotice: open('2026-10-08', true) }),
    // 2007 rules: no 补正 notice period.
    row('2301-2026-000014-DDDD', { dueDate: '2026-10-14', correctionNotice: null }),
    row('2301-2026-000015-EEEE', { dueDate: '2026-10-30', correctionNotice: open('2026-10-16') }),
  ];

  it('orders cases by their nearest deadline, the 补正 notice one while its stage is open', () => {
    expect(orderByDeadline(cases, TODAY, SOON).map((r) => r.number.slice(10, 16))).toEqual(['000013', '000011', '000014', '000015', '000012']);
  });

  it('shows the 补正 notice deadline in its own column, and counts a case overdue or due soon by either deadline', () => {
    render(<MemoryRouter><QueueTable rows={cases} today={TODAY} soonLimit={SOON} caption="补正告知" caseHref={(id) => `/c/${id}`} /></MemoryRouter>);
    expect(screen.getByTestId('correction-2301-2026-000013-CCCC')).toHaveTextContent('2026年10月8日 已逾期');
    expect(screen.getByTestId('correction-2301-2026-000011-AAAA')).toHaveTextContent('2026年10月12日 即将到期');
    expect(screen.getByTestId('correction-2301-2026-000015-EEEE')).toHaveTextContent(/^2026年10月16日\s*$/);
    // The reply deadline keeps its own state.
    expect(screen.getByTestId('due-2301-2026-000013-CCCC')).toHaveTextContent(/^2026年11月5日\s*$/);
    const table = screen.getByRole('table', { name: '补正告知' });
    const header = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    const col = header.indexOf('补正告知期限');
    const cell = (number: string) => within(within(table).getByRole('rowheader', { name: number }).closest('tr')!).getAllByRole('cell')[col - 1];
    expect(cell('2301-2026-000012-BBBB')).toHaveTextContent('已告知补正');
    expect(cell('2301-2026-000014-DDDD')).toHaveTextContent('—');
    expect(screen.getByRole('status')).toHaveTextContent('已逾期 1 件；3个工作日内到期 1 件');
  });
});
