import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Notice, QueryState, SchemaForm, errorMessage, fieldErrorsFrom, useApiMutation, useApiQuery, usePageTitle, type JsonSchema } from '@gongkai/ui';
import { api, type Inputs } from '../api';
import { useDivisionName } from '../shared/division-name';
import { useWorkDivision } from './console-division';

/** A plugin's per-division settings, as a form generated from its zod schema (JSON Schema). */
export default function PluginSettingsPage() {
  const { pluginId = '' } = useParams();
  const division = useWorkDivision();
  const name = useDivisionName(division) ?? division;
  const plugins = useApiQuery(api.plugins.list, undefined);
  const state = useApiQuery(api.plugins.state, { divisionCode: division });
  const [saved, setSaved] = useState(false);
  const save = useApiMutation(api.plugins.updateSettings, { onSuccess: () => setSaved(true) });
  const plugin = plugins.data?.find((p) => p.id === pluginId);
  const own = state.data?.find((s) => s.pluginId === pluginId);
  usePageTitle(plugin ? `${plugin.title}：设置` : '功能模块设置');
  const errors = fieldErrorsFrom(save.error, { prefix: 'settings' });

  return (
    <>
      <p><Link to="/console/plugins">← 返回功能模块</Link></p>
      <QueryState query={plugins}>
        {() => {
          if (!plugin) return <Notice tone="error">功能模块“{pluginId}”未安装。</Notice>;
          return (
            <>
              <h1>{plugin.title}：{name}的设置</h1>
              {plugin.description ? <p>{plugin.description}</p> : null}
              {own ? <p>当前状态：{own.enabled ? '已启用' : '未启用'}；{own.inherited ? '设置沿用上级，保存后本地区将单独设置。' : '本地区单独设置。'}</p> : null}
              {own?.settingsError ? <Notice tone="warning" title="已保存的设置不再有效">{own.settingsError}</Notice> : null}
              {saved ? <Notice tone="success">设置已保存。</Notice> : null}
              {save.error && Object.keys(errors).length === 0 ? <Notice tone="error">{errorMessage(save.error)}</Notice> : null}
              {!plugin.settingsSchema
                ? <p>该功能模块没有可设置的项目。</p>
                : !own
                  ? <p role="status">正在加载…</p>
                  : (
                    <SchemaForm
                      key={`${pluginId}:${division}`}
                      schema={plugin.settingsSchema as JsonSchema}
                      defaultValue={(own.own?.settings ?? own.settings ?? {}) as Record<string, unknown>}
                      errors={errors}
                      submitting={save.isPending}
                      label={`${plugin.title}设置`}
                      onSubmit={(settings) => { setSaved(false); save.mutate({ divisionCode: division, pluginId, settings: settings as Inputs['plugins']['updateSettings']['settings'] }); }}
                    />
                  )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
