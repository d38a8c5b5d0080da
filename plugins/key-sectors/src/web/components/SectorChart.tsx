// A chart declared by a sector, built on the server from published records.
import { QueryState, useApiQuery } from '@gongkai/ui';
import { ks, type In } from '../api';
import { OptionChart } from './OptionChart';

export function SectorChart(props: In['charts']['build'] & { label: string }) {
  const { label, ...input } = props;
  const q = useApiQuery(ks.charts.build, input);
  return (
    <section aria-label={label} className="gk-section">
      <QueryState query={q} loading={`正在生成“${label}”…`}>
        {(c) => (c.table.rows.length === 0 ? <p>暂无“{label}”所需的数据。</p> : <OptionChart option={c.option} table={c.table} />)}
      </QueryState>
    </section>
  );
}
