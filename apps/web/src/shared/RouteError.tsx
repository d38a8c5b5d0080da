import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '@gongkai/ui';

/** Shown when a page fails to render or its code cannot be loaded (e.g. after a deployment). */
export function RouteError() {
  const error = useRouteError();
  usePageTitle('出错了');
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" tabIndex={-1} className="gk-container gk-main">
      <h1>{notFound ? '页面不存在' : '页面出错了'}</h1>
      <p>{notFound ? '您访问的页面不存在。' : '页面未能正常显示，可能是网络中断或网站刚刚更新。请刷新页面重试。'}</p>
      <p><Link to="/">返回首页</Link></p>
    </main>
  );
}
