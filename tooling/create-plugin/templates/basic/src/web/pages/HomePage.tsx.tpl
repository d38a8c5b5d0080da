import { composeGreeting, PLUGIN_ID, PLUGIN_TITLE, settingsSchema } from '../../contracts';

const defaults = settingsSchema.parse({});
const preview = composeGreeting(defaults, '23');

/** The plugin's console page: what it does and how a division sets it up. */
export default function HomePage() {
  return (
    <section aria-labelledby={`${PLUGIN_ID}-title`}>
      <h1 id={`${PLUGIN_ID}-title`}>{PLUGIN_TITLE}</h1>
      <p>本模块按地区显示问候语，并允许有“发送问候”权限的工作人员发送问候。每次发送都记入审计日志。</p>
      <h2>默认设置</h2>
      <dl>
        <dt>问候语</dt>
        <dd>{defaults.greeting}</dd>
        <dt>落款</dt>
        <dd>{defaults.signature === '' ? '（无）' : defaults.signature}</dd>
      </dl>
      <p>
        公众看到的问候：<q>{preview.message}</q>
      </p>
      <p>地区管理员可在“功能模块”页面为本地区启用本模块并修改设置；下级地区沿用上级的设置，除非另行保存。</p>
    </section>
  );
}
