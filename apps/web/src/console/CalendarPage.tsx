// Working-day calendar: which years have an official schedule, a month view, and (for the
// province's administrators) entering a year's schedule from the State Council notice.
import { useId, useState, type FormEvent } from 'react';
import { DataTable, Notice, QueryState, errorMessage, fieldErrorsFrom, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { hasPermission, useMe } from '../session/session';
import { TextField } from '../shared/TextField';

type Coverage = Outputs['calendar']['coverage']['years'][number];
const weekdays = ['日', '一', '二', '三', '四', '五', '六'];
const kindLabel: Record<string, string> = { workday: '工作日', weekend: '休息日', holiday: '节假日', makeup: '调休上班' };

function Month({ year, month }: { year: number; month: number }) {
  const m = useApiQuery(api.calendar.month, { year, month });
  return (
    <QueryState query={m}>
      {(data) => {
        const first = data.days[0]?.weekday ?? 0;
        const cells: (typeof data.days[number] | null)[] = [...Array(first).fill(null), ...data.days];
        while (cells.length % 7) cells.push(null);
        const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
        return (
          <>
            {!data.covered ? <Notice tone="warning">{year} 年尚无官方节假日安排，以下按周一至周五推算，涉及的期限为暂定。</Notice> : null}
            <table className="gk-month">
              <caption>{year} 年 {month} 月</caption>
              <thead><tr>{weekdays.map((w) => <th key={w} scope="col">{w}</th>)}</tr></thead>
              <tbody>
                {weeks.map((w, i) => (
                  <tr key={i}>
                    {w.map((d, j) => d
                      ? <td key={j} className={d.kind === 'holiday' || d.kind === 'weekend' ? 'gk-off' : d.kind === 'makeup' ? 'gk-makeup' : undefined}>
                          {Number(d.date.slice(8))}<br /><small>{d.name ?? kindLabel[d.kind]}</small>
                        </td>
                      : <td key={j} />)}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      }}
    </QueryState>
  );
}

function parseDays(text: string): { date: string; name: string }[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [date = '', ...rest] = l.split(/\s+/);
    return { date, name: rest.join(' ') };
  });
}

function SetYear() {
  const id = useId();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [notice, setNotice] = useState('');
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const save = useApiMutation(api.calendar.setYear);
  const errors = fieldErrorsFrom(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ year: Number(year), notice: notice.trim() || null, holidays: parseDays(holidays), workdays: parseDays(workdays) });
  };
  const listError = (prefix: string) => Object.entries(errors).filter(([k]) => k === prefix || k.startsWith(`${prefix}.`)).map(([k, v]) => {
    const m = /\.(\d+)/.exec(k);
    return m ? `第 ${Number(m[1]) + 1} 行：${v}` : v;
  }).join('；') || undefined;
  return (
    <section aria-labelledby="set-year" className="gk-section">
      <h2 id="set-year">录入年度节假日安排</h2>
      <p>依据国务院办公厅关于节假日安排的通知录入。保存后，所有未办结事项的法定期限将按新安排重新计算。</p>
      {save.data ? <Notice tone="success">已保存 {save.data.year} 年安排，重新计算 {save.data.recomputed} 个期限，其中 {save.data.changed.length} 个有变化。</Notice> : null}
      {save.error && Object.keys(errors).length === 0 ? <Notice tone="error">{errorMessage(save.error)}</Notice> : null}
      <form className="gk-form" onSubmit={submit} aria-label="录入年度节假日安排" noValidate>
        <TextField id={`${id}-y`} label="年份" type="number" inputMode="numeric" value={year} onChange={setYear} error={errors.year} required />
        <TextField id={`${id}-n`} label="通知文号或链接" value={notice} onChange={setNotice} error={errors.notice} maxLength={300} />
        <div className={`gk-field${listError('holidays') ? ' gk-field-invalid' : ''}`}>
          <label htmlFor={`${id}-h`}>放假日期</label>
          <p id={`${id}-h-hint`} className="gk-field-hint">每行一天：日期 名称，如“2027-01-01 元旦”</p>
          {listError('holidays') ? <p id={`${id}-h-error`} className="gk-field-error">{listError('holidays')}</p> : null}
          <textarea id={`${id}-h`} rows={8} value={holidays} onChange={(e) => setHolidays(e.target.value)} aria-describedby={`${id}-h-hint${listError('holidays') ? ` ${id}-h-error` : ''}`} />
        </div>
        <div className={`gk-field${listError('workdays') ? ' gk-field-invalid' : ''}`}>
          <label htmlFor={`${id}-w`}>调休上班日期</label>
          <p id={`${id}-w-hint`} className="gk-field-hint">每行一天：日期 名称，如“2027-02-07 春节调休”</p>
          {listError('workdays') ? <p id={`${id}-w-error`} className="gk-field-error">{listError('workdays')}</p> : null}
          <textarea id={`${id}-w`} rows={4} value={workdays} onChange={(e) => setWorkdays(e.target.value)} aria-describedby={`${id}-w-hint${listError('workdays') ? ` ${id}-w-error` : ''}`} />
        </div>
        <div className="gk-form-actions"><button type="submit" className="gk-button" disabled={save.isPending}>保存</button></div>
      </form>
    </section>
  );
}

export default function CalendarPage() {
  usePageTitle('工作日历');
  const me = useMe().data;
  const id = useId();
  const coverage = useApiQuery(api.calendar.coverage, undefined);
  const now = new Date();
  const [ym, setYm] = useState(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`);
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const columns: Column<Coverage>[] = [
    { key: 'year', header: '年份', rowHeader: true },
    { key: 'label', header: '来源' },
    { key: 'notice', header: '依据', render: (c) => c.notice ?? '—' },
  ];
  return (
    <>
      <h1>工作日历</h1>
      <QueryState query={coverage}>
        {(data) => (
          <>
            {!data.nextYearCovered ? <Notice tone="warning">{Number(data.today.slice(0, 4)) + 1} 年的节假日安排尚未录入：跨入该年的期限目前为暂定。</Notice> : null}
            <DataTable caption={`已有官方安排的年份（节假日数据包 ${data.packageVersion}）`} columns={columns} rows={data.years} rowKey={(c) => String(c.year)} />
          </>
        )}
      </QueryState>
      <div className="gk-toolbar">
        <div className="gk-field"><label htmlFor={`${id}-m`}>查看月份</label><input id={`${id}-m`} type="month" value={ym} onChange={(e) => e.target.value && setYm(e.target.value)} /></div>
      </div>
      {y && m ? <Month year={y} month={m} /> : null}
      {hasPermission(me, 'kernel.calendar.manage') ? <SetYear /> : null}
    </>
  );
}
