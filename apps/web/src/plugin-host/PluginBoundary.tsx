import { Component, type ReactNode } from 'react';

/** Keeps one plugin's failure from breaking the page around it. */
export class PluginBoundary extends Component<{ pluginId: string; children: ReactNode; inline?: boolean }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() { return { failed: true }; }
  override render() {
    if (!this.state.failed) return this.props.children;
    return <p className="gk-notice gk-notice-warning" role="status">此处的“{this.props.pluginId}”功能暂时无法显示，请稍后刷新重试。</p>;
  }
}
