import { Link } from 'react-router';
import { usePageTitle } from '@gongkai/ui';

export function NotFound({ home = '/' }: { home?: string }) {
  usePageTitle('页面不存在');
  return (
    <>
      <h1>页面不存在</h1>
      <p>您访问的页面不存在或已被移除。请检查网址，或<Link to={home}>返回首页</Link>。</p>
    </>
  );
}
