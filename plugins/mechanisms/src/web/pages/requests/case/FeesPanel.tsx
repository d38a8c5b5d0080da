// Information processing fees (国办函〔2020〕109号): a live quote, the fee notice with its payment
// deadline (the period is excluded from the reply period), and payment.
import { useId, useState } from 'react';
import { DataTable, skipToken, useApiMutation, useApiQuery, type Column } from '@gongkai/ui';
import { api } from '../../shared/api';
import { ActionForm } from '../../shared/ActionForm';
import { cnDate } from '../../shared/dates';
import { RadioGroup, TextField } from '../../shared/fields';
import { serverErrors } from '../../shared/form-errors';
import type { Case } from './types';

type Fee = Case['fees'][number];
const methodLabels: Record<string, string> = { 'by-item': '按件计收', 'by-volume': '按量计收' };
const feeStatus: Record<string, string> = { unpaid: '待缴纳', paid: '已缴纳', waived: '免收', expired: '逾期未缴' };

function FeeNotice({ c, today }: { c: Case; today: string }) {
  const id = useId();
  const [method, setMethod] = useState<'by-item' | 'by-volume'>('by-item');
  const [units, setUnits] = useState('');
  const [on, setOn] = useState('');
  const n = Number(units);
  const valid = Number.isInteger(n) && n >= 1 && n <= 100_000;
  const quote = useApiQuery(api.requests.feeQuote, valid ? { id: c.id, method, units: n } : skipToken, { placeholderData: (p) => p });
  const m = useApiMutation(api.requests.feeNotice);
  const e = serverErrors(m.error);
  return (
    <ActionForm title="发出收费通知" titleId={`${id}-t`} pending={m.isPending} submitLabel="发出收费通知" formError={e['']}
      intro="申请人申请公开政府信息的数量、频次明显超过合理范围的，可以收取信息处理费。按件计收或按量计收只能选择一种；按件计收以申请人本自然月内的申请累计件数计算。"
      success={m.data ? <>已发出收费通知：{m.data.amount} 元，缴费期限 {cnDate(m.data.payBy)}。</> : null}
      onSubmit={() => m.mutate({ id: c.id, method, units: n, noticeOn: on || today })}>
      <RadioGroup id={`${id}-method`} legend="计收方式" required value={method} onChange={(v) => setMethod(v as typeof method)}
        options={[{ value: 'by-item', label: '按件计收（按申请件数）' }, { value: 'by-volume', label: '按量计收（按页数）' }]} error={e.method} />
      <TextField id={`${id}-units`} label={method === 'by-item' ? '本申请的件数（按“一事一申请”拆分后）' : '提供信息的页数'} type="number" min={1} max={100000} required value={units} onChange={setUnits} error={e.units} />
      <p role="status" aria-live="polite">
        {valid && quote.data ? <>应收：<strong>{quote.data.amount} 元</strong>。{quote.data.explanation}</> : valid && quote.isFetching ? '正在计算…' : null}
      </p>
      <TextField id={`${id}-on`} label="通知日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.noticeOn} />
    </ActionForm>
  );
}

function FeePaid({ c, fee, today }: { c: Case; fee: Fee; today: string }) {
  const id = useId();
  const [on, setOn] = useState('');
  const m = useApiMutation(api.requests.feePaid);
  const e = serverErrors(m.error);
  return (
    <ActionForm title="登记缴费" titleId={`${id}-t`} pending={m.isPending} submitLabel="登记已缴费" formError={e['']}
      intro={`应于 ${cnDate(fee.payBy)} 前缴纳 ${fee.amount} 元。逾期未缴的，申请视为放弃，案件将以“其他处理”办结。`}
      onSubmit={() => m.mutate({ id: c.id, paidOn: on || today })}>
      <TextField id={`${id}-on`} label="缴费日期" type="date" required max={today} value={on || today} onChange={setOn} error={e.paidOn} />
    </ActionForm>
  );
}

export function FeesPanel({ c, today }: { c: Case; today: string }) {
  const columns: Column<Fee>[] = [
    { key: 'method', header: '计收方式', render: (f) => methodLabels[f.method] ?? f.method },
    { key: 'units', header: '数量', align: 'end', render: (f) => `${f.units}${f.earlierUnits ? `（本月此前 ${f.earlierUnits}）` : ''}` },
    { key: 'amount', header: '金额（元）', align: 'end', rowHeader: true },
    { key: 'explanation', header: '计算说明' },
    { key: 'noticeOn', header: '通知日期', render: (f) => cnDate(f.noticeOn) },
    { key: 'payBy', header: '缴费期限', render: (f) => cnDate(f.payBy) },
    { key: 'status', header: '状态', render: (f) => `${feeStatus[f.status] ?? f.status}${f.paidOn ? `（${cnDate(f.paidOn)}）` : ''}` },
  ];
  const unpaid = c.fees.find((f) => f.status === 'unpaid');
  return (
    <section aria-labelledby="case-fees">
      <h2 id="case-fees">信息处理费</h2>
      <DataTable caption="收费通知" columns={columns} rows={c.fees} rowKey={(f) => f.id} empty="未收取信息处理费。" />
      {c.status !== 'closed' && unpaid ? <FeePaid c={c} fee={unpaid} today={today} /> : null}
      {c.status === 'processing' && c.fees.length === 0 && c.ruleSet === 'ogi-2019' ? (
        <details><summary>需要收取信息处理费？</summary><FeeNotice c={c} today={today} /></details>
      ) : null}
    </section>
  );
}
