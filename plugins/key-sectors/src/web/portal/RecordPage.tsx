// One published record: its fields, its charts and, where the sector has them, the charts of
// its subject (a monitoring station's AQI, a government's 三公经费 year on year).
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState, useApiQuery, useDivision, usePageTitle } from '@gongkai/ui';
import { ks, useDivisionCode } from '../api';
import { RecordFields } from '../components/RecordFields';
import { SectorChart } from '../components/SectorChart';

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function RangeCharts({ sector, divisionCode, subjectKey, charts }: { sector: string; divisionCode: string; subjectKey: string; charts: { id: string; label: string; recordType: string; needs: { maxRangeDays?: number } }[] }) {
  const id = useId();
  const latest = useApiQuery(ks.records.list, { divisionCode, sector, recordType: charts[0]!.recordType, subjectKey, subtree: false, sort: 'period', pageSize: 1 });
  const [date, setDate] = useState<string | null>(null);
  const last = latest.data?.items[0]?.period?.slice(0, 10);
  const day = date ?? last;
  if (latest.isPending) return <p role="status">正在加载…</p>;
  if (!day) return <p>暂无监测数据。</p>;
  return (
    <>
      <div className="gk-field"><label htmlFor={`${id}-d`}>日期</label><input id={`${id}-d`} type="date" value={day} onChange={(e) => setDate(e.target.value || null)} /></div>
      {charts.map((c) => {
        // Hourly charts show the chosen day; daily charts the 30 days up to it.
        const span = (c.needs.maxRangeDays ?? 1) > 7 ? 30 : 1;
        const from = span > 1 ? addDays(day, -(span - 1)) : day;
        return <SectorChart key={c.id} label={c.label} divisionCode={divisionCode} sector={sector} chart={c.id} subjectKey={subjectKey} from={from} to={day} />;
      })}
    </>
  );
}

export default function RecordPage() {
  const { sector = '', id = '' } = useParams();
  const code = useDivisionCode();
  const { withDivision } = useDivision();
  const rec = useApiQuery(ks.records.get, { id });
  const sectors = useApiQuery(ks.sectors.list, { divisionCode: code });
  usePageTitle(rec.data?.title ?? '记录');
  return (
    <QueryState query={rec}>
      {(r) => {
        const s = sectors.data?.find((x) => x.id === r.sector);
        const rt = s?.recordTypes.find((x) => x.id === r.recordType);
        const own = s?.charts.filter((c) => c.recordType === r.recordType && c.needs.record) ?? [];
        const subject = s?.charts.filter((c) => c.needs.subjectKey && !c.needs.record) ?? [];
        return (
          <>
            <p><Link to={withDivision(`/key-sectors/${sector}`)}>{r.sectorLabel}</Link> › {r.recordTypeLabel}</p>
            <h1>{r.title}</h1>
            <p className="gk-meta">发布日期：{r.publishedAt ? new Date(r.publishedAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—'}
              {r.catalogueItemId ? <> ｜ <Link to={`/items/${r.catalogueItemId}`}>政府信息公开目录条目</Link></> : null}</p>
            {rt ? <RecordFields type={rt} data={r.data} /> : null}
            {own.map((c) => <SectorChart key={c.id} label={c.label} divisionCode={r.divisionCode} sector={r.sector} chart={c.id} recordId={r.id} />)}
            {r.subjectKey && subject.filter((c) => !c.needs.range).map((c) => <SectorChart key={c.id} label={c.label} divisionCode={r.divisionCode} sector={r.sector} chart={c.id} subjectKey={r.subjectKey!} />)}
            {r.subjectKey && subject.some((c) => c.needs.range) ? <RangeCharts sector={r.sector} divisionCode={r.divisionCode} subjectKey={r.subjectKey} charts={subject.filter((c) => c.needs.range)} /> : null}
          </>
        );
      }}
    </QueryState>
  );
}
