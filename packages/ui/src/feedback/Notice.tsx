import type { ReactNode } from 'react';
import { errorMessage } from '../api/errors';

/** A message box. 'error' is announced at once (role=alert); others politely (role=status). */
export function Notice({ tone = 'info', title, children }: { tone?: 'info' | 'success' | 'warning' | 'error'; title?: string; children?: ReactNode }) {
  return (
    <div className={`gk-notice gk-notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="gk-notice-title">{title}</p> : null}
      {children}
    </div>
  );
}

/** Loading / error / content for a query result, with Chinese messages. */
export function QueryState<T>({ query, loading = '正在加载…', children }: { query: { isPending: boolean; error: unknown; data: T | undefined }; loading?: string; children: (data: T) => ReactNode }) {
  if (query.error) return <Notice tone="error" title="加载失败">{errorMessage(query.error)}</Notice>;
  if (query.isPending || query.data === undefined) return <p className="gk-loading" role="status">{loading}</p>;
  return <>{children(query.data)}</>;
}
