import { Link } from 'react-router';
import { DataTable, Notice, QueryState, errorMessage, useApiMutation, useApiQuery, usePageTitle, type Column } from '@gongkai/ui';
import { api, type Outputs } from '../api';
import { useDivisionName } from '../shared/division-name';
import { useWorkDivision } from './console-division';

type State = Outputs['plugins']['state'][number];

export default function PluginsPage() {
  usePageTitle('功能模块');
  const division = useWorkDivision();
  const name = useDivisionName(division) ?? division;
  const state = useApiQuery(api.plugins.state, { divisionCode: division });
  const enable = useApiMutation(api.plugins.enable);
  const disable = useApiMutation(api.plugins.disable);
  const inherit = useApiMutation(api.plugins.inherit);
  const busy = enable.isPending || disable.isPending || inherit.isPending;
  const actionError = enable.error ?? disable.error ?? inherit.error;

  const columns: Column<State>[] = [
    { key: 'title', header: '功能模块', rowHeader: true, render: (s) => <>{s.title}<br /><small>{s.pluginId}</small></> },
    { key: 'enabled', header: `在${name}的状态`, render: (s) => <span className={`gk-badge ${s.enabled ? 'gk-badge-ok' : 'gk-badge-off'}`}>{s.enabled ? '已启用' : '未启用'}</span> },
    { key: 'source', header: '设置来源', render: (s) => (s.inherited ? (s.decidedBy ? `沿用上级（${s.decidedBy}）` : '默认（未启用）') : '本地区单独设置') },
    { key: 'settings', header: '设置', render: (s) => <>{s.settingsError ? <span className="gk-badge gk-badge-warn">设置无效</span> : null} <Link to={`/console/plugins/${s.pluginId}`}>设置<span className="gk-visually-hidden">{s.title}</span></Link></> },
    {
      key: 'actions', header: '操作',
      render: (s) => (
        <>
          {s.enabled
            ? <button type="button" className="gk-button-secondary" disabled={busy} onClick={() => disable.mutate({ divisionCode: division, pluginId: s.pluginId })}>停用<span className="gk-visually-hidden">{s.title}</span></button>
            : <button type="button" className="gk-button" disabled={busy} onClick={() => enable.mutate({ divisionCode: division, pluginId: s.pluginId })}>启用<span className="gk-visually-hidden">{s.title}</span></button>}
          {!s.inherited ? <> <button type="button" className="gk-button-link" disabled={busy} onClick={() => inherit.mutate({ divisionCode: division, pluginId: s.pluginId })}>改为沿用上级<span className="gk-visually-hidden">（{s.title}）</span></button></> : null}
        </>
      ),
    },
  ];

  return (
    <>
      <h1>功能模块</h1>
      <p>在某个地区启用功能模块后，该地区及其下级地区（没有单独设置的）都会启用。停用不会删除已有数据。请在页面顶部切换工作地区。</p>
      {actionError ? <Notice tone="error" title="操作失败">{errorMessage(actionError)}</Notice> : null}
      <QueryState query={state}>
        {(rows) => rows.length === 0
          ? <p>本平台尚未安装任何功能模块。</p>
          : <DataTable caption={`${name}的功能模块`} columns={columns} rows={rows} rowKey={(s) => s.pluginId} />}
      </QueryState>
    </>
  );
}
